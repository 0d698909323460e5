#pragma once

#include "access/Session.h"
#include "cases/CaseLetter.h"
#include "common/Result.h"

#include <QDate>

namespace qf::sanctions {

// The printed documents of a sanction (FORMS.md §6): the decision (处分决定书) with the right to appeal, the
// execution feedback form (处分执行情况反馈表), and the reminder to the executing unit when execution is late.
class SanctionDocuments
{
public:
    explicit SanctionDocuments(access::Session& session) : m_session(session) {}

    Result<cases::CaseLetter> decision(const QString& sanctionUid);
    Result<cases::CaseLetter> executionFeedback(const QString& sanctionUid);
    // Lists the open steps overdue as of `asOf` or due within two weeks; refused when there are none.
    Result<cases::CaseLetter> executionReminder(const QString& sanctionUid, const QDate& asOf, const QDate& replyDue);

    static constexpr int kReminderWindowDays = 14;

private:
    struct Loaded;
    Result<Loaded> load(const QString& sanctionUid);
    access::Session& m_session;
};

} // namespace qf::sanctions
