#pragma once

#include "common/Result.h"
#include "documents/DocumentLayout.h"

#include <QSqlDatabase>

class QPagedPaintDevice;

namespace qf::documents {

// Where a copy went.
enum class CopyOutput
{
    Printer,
    Pdf,
};

// One logged copy: its number among the copies of the same document or letter, and when it was printed.
struct LoggedCopy
{
    int number = 0;
    QString printedAt; // ISO-8601 UTC
};

// Puts a copy's number (份号, six digits) and its trace mark (who printed it, and when) on a layout.
void stampCopy(DocumentLayout& layout, const LoggedCopy& copy, const QString& login);

// Logs one copy of a letter printed outside the document register (letter_print_log), inside the caller's
// transaction, and returns its copy number: one more than the letter's last copy. `letterType` names the kind of
// letter (a template id or record type) and `letterKey` the letter itself (a record uid).
Result<LoggedCopy> logLetterCopy(const QSqlDatabase& db, const QString& letterType, const QString& letterKey,
                                 qint64 userId, CopyOutput output);

QString copyOutputKey(CopyOutput output);
// A PDF writer makes a PDF copy; any other device is a printer.
CopyOutput copyOutputOf(const QPagedPaintDevice& device);

} // namespace qf::documents
