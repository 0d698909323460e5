#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace qf::ui {

// The words the evidence and property screens show for core's codes: evidence types, custody steps, property
// categories, ledger states and lifecycle actions.
class EvidenceTerms
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::EvidenceTerms)

public:
    static QStringList evidenceKinds();
    static QString evidenceKindName(const QString& kind);
    static QStringList custodyKinds();
    static QString custodyKindName(const QString& kind);
    static QStringList propertyCategories();
    static QString propertyCategoryName(const QString& category);
    static QString propertyStateName(const QString& state);
    static QStringList propertyActions();
    static QString propertyActionName(const QString& action);
    // The states an action starts from (resources/workflows/property.json).
    static QStringList propertyActionSources(const QString& action);
    static QString dateTime(const QString& iso);
    static QString byteSize(qint64 bytes);
};

} // namespace qf::ui
