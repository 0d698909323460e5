#pragma once

#include "storage/CategoryRepository.h"

#include <QList>
#include <QString>

class QComboBox;

namespace qf::access {
class Session;
}

namespace qf::ui {

// One configurable list read from the vault (allegation, sector, ...), to fill combos and turn codes into labels.
class CategoryList
{
public:
    CategoryList() = default;
    // An unreadable list comes back empty; the caller still works with plain codes.
    static CategoryList load(access::Session& session, const QString& kind);

    const QList<storage::Category>& entries() const { return m_entries; }
    // The label of a code, or the code itself when it is not in the list.
    QString label(const QString& code) const;
    QStringList labels(const QStringList& codes) const;
    // Fills a combo with labels (codes as item data); `anyText` adds a first entry with an empty code.
    void fill(QComboBox* combo, const QString& anyText = {}) const;

private:
    QList<storage::Category> m_entries;
};

} // namespace qf::ui
