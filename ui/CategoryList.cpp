#include "CategoryList.h"

#include "access/Session.h"

#include <QComboBox>

namespace qf::ui {

CategoryList CategoryList::load(access::Session& session, const QString& kind)
{
    CategoryList list;
    if (session.isLocked())
        return list;
    auto read = storage::categories(session.database(), kind);
    if (read.ok())
        list.m_entries = read.value();
    return list;
}

QString CategoryList::label(const QString& code) const
{
    for (const storage::Category& entry : m_entries)
        if (entry.code == code)
            return entry.label;
    return code;
}

QStringList CategoryList::labels(const QStringList& codes) const
{
    QStringList result;
    for (const QString& code : codes)
        result << label(code);
    return result;
}

void CategoryList::fill(QComboBox* combo, const QString& anyText) const
{
    combo->clear();
    if (!anyText.isEmpty())
        combo->addItem(anyText, QString());
    for (const storage::Category& entry : m_entries)
        combo->addItem(entry.label, entry.code);
}

} // namespace qf::ui
