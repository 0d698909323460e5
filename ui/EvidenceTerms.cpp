#include "EvidenceTerms.h"

#include <QDateTime>
#include <QLocale>

namespace qf::ui {

QStringList EvidenceTerms::evidenceKinds()
{
    return {QStringLiteral("documentary"),       QStringLiteral("physical"),
            QStringLiteral("witness_testimony"), QStringLiteral("subject_statement"),
            QStringLiteral("audio_video"),       QStringLiteral("electronic_data"),
            QStringLiteral("expert_opinion"),    QStringLiteral("inspection_record")};
}

QString EvidenceTerms::evidenceKindName(const QString& kind)
{
    if (kind == QLatin1String("documentary"))
        return tr("Documentary evidence");
    if (kind == QLatin1String("physical"))
        return tr("Physical evidence");
    if (kind == QLatin1String("witness_testimony"))
        return tr("Witness testimony");
    if (kind == QLatin1String("subject_statement"))
        return tr("Statement of the person investigated");
    if (kind == QLatin1String("audio_video"))
        return tr("Audio-visual material");
    if (kind == QLatin1String("electronic_data"))
        return tr("Electronic data");
    if (kind == QLatin1String("expert_opinion"))
        return tr("Expert opinion");
    if (kind == QLatin1String("inspection_record"))
        return tr("Record of inspection and examination");
    return kind;
}

QStringList EvidenceTerms::custodyKinds()
{
    return {QStringLiteral("collected"), QStringLiteral("stored"),   QStringLiteral("moved"),
            QStringLiteral("examined"),  QStringLiteral("returned"), QStringLiteral("transferred"),
            QStringLiteral("correction")};
}

QString EvidenceTerms::custodyKindName(const QString& kind)
{
    if (kind == QLatin1String("collected"))
        return tr("Collected");
    if (kind == QLatin1String("stored"))
        return tr("Stored");
    if (kind == QLatin1String("moved"))
        return tr("Moved");
    if (kind == QLatin1String("examined"))
        return tr("Examined");
    if (kind == QLatin1String("returned"))
        return tr("Returned");
    if (kind == QLatin1String("transferred"))
        return tr("Transferred with the case");
    if (kind == QLatin1String("correction"))
        return tr("Correction");
    return kind;
}

QStringList EvidenceTerms::propertyCategories()
{
    return {QStringLiteral("cash"),    QStringLiteral("deposit"),     QStringLiteral("securities"),
            QStringLiteral("vehicle"), QStringLiteral("real_estate"), QStringLiteral("valuables"),
            QStringLiteral("other")};
}

QString EvidenceTerms::propertyCategoryName(const QString& category)
{
    if (category == QLatin1String("cash"))
        return tr("Cash");
    if (category == QLatin1String("deposit"))
        return tr("Deposits");
    if (category == QLatin1String("securities"))
        return tr("Securities");
    if (category == QLatin1String("vehicle"))
        return tr("Vehicles");
    if (category == QLatin1String("real_estate"))
        return tr("Real estate");
    if (category == QLatin1String("valuables"))
        return tr("Valuables");
    if (category == QLatin1String("other"))
        return tr("Other");
    return category;
}

QString EvidenceTerms::propertyStateName(const QString& state)
{
    if (state == QLatin1String("registered"))
        return tr("Registered");
    if (state == QLatin1String("seized"))
        return tr("Seized");
    if (state == QLatin1String("sealed"))
        return tr("Sealed");
    if (state == QLatin1String("handed_over"))
        return tr("Handed over");
    if (state == QLatin1String("in_custody"))
        return tr("In custody");
    if (state == QLatin1String("returned"))
        return tr("Returned");
    if (state == QLatin1String("confiscated"))
        return tr("Confiscated");
    if (state == QLatin1String("transferred_to_judiciary"))
        return tr("Transferred to judicial organs");
    return state;
}

QStringList EvidenceTerms::propertyActions()
{
    return {QStringLiteral("seize"),
            QStringLiteral("seal"),
            QStringLiteral("hand_over"),
            QStringLiteral("take_custody"),
            QStringLiteral("return"),
            QStringLiteral("confiscate"),
            QStringLiteral("transfer_to_judiciary")};
}

QString EvidenceTerms::propertyActionName(const QString& action)
{
    if (action == QLatin1String("register"))
        return tr("Register");
    if (action == QLatin1String("seize"))
        return tr("Seize");
    if (action == QLatin1String("seal"))
        return tr("Seal");
    if (action == QLatin1String("hand_over"))
        return tr("Hand over");
    if (action == QLatin1String("take_custody"))
        return tr("Take custody");
    if (action == QLatin1String("return"))
        return tr("Return");
    if (action == QLatin1String("confiscate"))
        return tr("Confiscate");
    if (action == QLatin1String("transfer_to_judiciary"))
        return tr("Transfer to judicial organs");
    return action;
}

QStringList EvidenceTerms::propertyActionSources(const QString& action)
{
    if (action == QLatin1String("seize") || action == QLatin1String("seal"))
        return {QStringLiteral("registered")};
    if (action == QLatin1String("hand_over"))
        return {QStringLiteral("seized"), QStringLiteral("sealed")};
    if (action == QLatin1String("take_custody"))
        return {QStringLiteral("handed_over")};
    if (action == QLatin1String("return") || action == QLatin1String("confiscate") ||
        action == QLatin1String("transfer_to_judiciary"))
        return {QStringLiteral("in_custody")};
    return {};
}

QString EvidenceTerms::dateTime(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return iso;
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString EvidenceTerms::byteSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace qf::ui
