#pragma once

#include "documents/DocumentLayout.h"
#include "reporting/IntegrityOpinion.h"

namespace qf::reporting {

// The rows of the reply (廉政意见回复函, FORMS.md §6), one per person: 序号, 姓名, 单位及职务, 拟任职务, 信访举报,
// 立案审查, 处分情况, 结论. The conclusion is the reviewed one.
QList<documents::TableColumn> replyColumns();
QList<QStringList> replyRows(const OpinionRequest& request);

// The reply in letter format, addressed to the requesting unit and signed by whoever checked the entries.
documents::DocumentLayout replyLetterLayout(const OpinionRequest& request, const QString& organ, const QString& number,
                                            const QDate& date);

} // namespace qf::reporting
