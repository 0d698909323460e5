#pragma once

#include "access/SecondSigner.h"
#include "access/Session.h"
#include "common/Result.h"
#include "documents/PropertyDocumentLinks.h"

#include <QMap>

namespace qf::property {

// 涉案款物: one card per item in the case's ledger.
struct PropertyDraft
{
    QString caseUid;
    QString category; // cash, deposit, securities, vehicle, real_estate, valuables, other
    QString description;
    QString features;          // 特征
    QString serial;            // 编号
    QString kind;              // 种类
    qint64 faceValueCents = 0; // 面值 (cash and cards)
    qint64 pieces = 1;         // 张数
    qint64 amountCents = 0;    // 金额; computed from face value × pieces for cash when left 0
    QString currency = QStringLiteral("CNY");
};

struct PropertyItem
{
    QString uid;
    int cardNo = 0;
    QString category;
    QString description;
    QString features;
    QString serial;
    QString kind;
    qint64 faceValueCents = 0;
    qint64 pieces = 1;
    qint64 amountCents = 0;
    QString currency;
    QString state;
    bool disposed = false;
    QString seizedBy;
    QString custodian;
};

struct PropertyActionRecord
{
    QString action;
    QString fromState;
    QString toState;
    QString at;
    QString firstSigner;
    QString secondSigner;
    QString measureUid;
    QString note;
    QString documentUid; // the approved list that covers the step, if one did
    QString documentNumber;
    // Seizing, sealing and handing over are covered by a generated list; the others need none.
    bool needsDocument() const;
};

// Totals of one category and currency.
struct LedgerLine
{
    QString category;
    QString currency;
    qint64 registeredCents = 0;
    qint64 inCustodyCents = 0;
    qint64 disposedCents = 0;
    qint64 inTransitCents = 0; // seized or sealed, not yet in custody: the difference explained
    bool balances() const { return registeredCents == inCustodyCents + disposedCents + inTransitCents; }
};

// The money and property ledger: every step is signed by two people, seizure and sealing need
// the approved measure that allows them, the seizer never becomes the custodian, and a case cannot close while
// an item is undisposed (guard all_property_disposed).
class PropertyService
{
public:
    explicit PropertyService(access::Session& session) : m_session(session) {}

    Result<PropertyItem> registerItem(const PropertyDraft& draft, const access::SecondSigner& witness);
    // action: seize, seal, hand_over, take_custody, return, confiscate, transfer_to_judiciary (resources/workflows/
    // property.json). measureUid is required by seize and seal.
    Status act(const QString& itemUid, const QString& action, const access::SecondSigner& secondSigner,
               const QString& measureUid = {}, const QString& note = {});
    Result<QList<PropertyItem>> ledger(const QString& caseUid);
    Result<QList<PropertyActionRecord>> history(const QString& itemUid);
    Result<QList<LedgerLine>> reconcile(const QString& caseUid);
    // Seizures, sealings and handovers of the case taken without an approved list that covers them.
    Result<int> uncoveredSteps(const QString& caseUid);
    // The list that would cover the step on the item now: its number and status, or none.
    Result<std::optional<documents::PropertyCoverage>> coverage(const QString& itemUid, const QString& action);

private:
    access::Session& m_session;
};

} // namespace qf::property
