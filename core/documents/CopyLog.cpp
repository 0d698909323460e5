#include "documents/CopyLog.h"

#include "audit/AuditTrail.h"
#include "storage/Sql.h"

#include <QPdfWriter>

namespace qf::documents {

void stampCopy(DocumentLayout& layout, const LoggedCopy& copy, const QString& login)
{
    layout.copyNumber = QStringLiteral("%1").arg(copy.number, 6, 10, QLatin1Char('0'));
    layout.traceMark = QStringLiteral("%1 · %2 · %3").arg(layout.copyNumber, login, copy.printedAt.left(16));
}

QString copyOutputKey(CopyOutput output)
{
    return output == CopyOutput::Pdf ? QStringLiteral("pdf") : QStringLiteral("printer");
}

CopyOutput copyOutputOf(const QPagedPaintDevice& device)
{
    return dynamic_cast<const QPdfWriter*>(&device) ? CopyOutput::Pdf : CopyOutput::Printer;
}

Result<LoggedCopy> logLetterCopy(const QSqlDatabase& db, const QString& letterType, const QString& letterKey,
                                 qint64 userId, CopyOutput output)
{
    auto last = storage::querySingleValue(db,
                                          QStringLiteral("SELECT coalesce(max(copy_number), 0) FROM letter_print_log "
                                                         "WHERE letter_type = ? AND letter_key = ?"),
                                          {letterType, letterKey});
    if (!last.ok())
        return last.error();
    const LoggedCopy copy{last->toInt() + 1, audit::nowUtcIso()};
    QF_TRY(storage::execute(db,
                            QStringLiteral("INSERT INTO letter_print_log (letter_type, letter_key, copy_number, "
                                           "printed_by, printed_at, output) VALUES (?, ?, ?, ?, ?, ?)"),
                            {letterType, letterKey, copy.number, userId, copy.printedAt, copyOutputKey(output)}));
    return copy;
}

} // namespace qf::documents
