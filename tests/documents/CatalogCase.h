#pragma once

#include "../cases/CaseFixture.h"
#include "access/SecondSigner.h"

#include <QStringList>

namespace qf::test {

// A case holding every record the catalog binds: evidence naming the facts it supports, cash and a vehicle in the
// property ledger (one of them seized), a talk with its questions and answers, a decided recusal, a decided
// appeal, a reviewer with the review report, and the defence.
struct CatalogCase
{
    QString caseUid;
    QString talkUid;
    QString recusalUid;
    QString appealUid;
    QString seizureMeasureUid;
    QStringList propertyUids; // cash (registered), vehicle (seized)
};

access::SecondSigner signerFor(const QString& login);
QString approvedMeasure(CaseFixture& fixture, const QString& caseUid, const QString& kind);
// Records a talk of `exchanges` question-and-answer pairs with `interviewee`; returns its uid.
QString recordTalk(CaseFixture& fixture, const QString& caseUid, const QString& interviewee, int exchanges);
QString registerCash(access::Session& session, const QString& caseUid, qint64 faceCents, qint64 pieces,
                     const QString& serial);
CatalogCase populateCatalogCase(CaseFixture& fixture);

} // namespace qf::test
