#pragma once

#include <QString>

class QIODevice;

namespace qf::storage {

// Why a write to a file failed, in the user's words: a full disk says so and what to do about it; any other failure
// gives the system's reason. For archives, backups, key files and exported attachments.
QString fileWriteProblem(const QIODevice& device);

} // namespace qf::storage
