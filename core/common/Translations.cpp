#include "common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace qf {

namespace {

// Core strings written in free functions are filed by lupdate under the enclosing namespace
// ("qf::access"), while the helpers ask for a class-like context ("qf::access::LoginService"). Falling back to
// the enclosing scopes finds both without duplicating the catalog.
class ScopeFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override
    {
        QByteArray scope(context ? context : "");
        for (;;) {
            const QString found = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
            if (!found.isEmpty())
                return found;
            const qsizetype cut = scope.lastIndexOf("::");
            if (cut <= 0)
                return {};
            scope.truncate(cut);
        }
    }
};

bool wantsChinese(const QString& language)
{
    if (!language.isEmpty())
        return language.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString& tag : preferred) {
        if (tag.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
            return true;
        if (tag.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return false;
    }
    return false;
}

const QString kInstalledName = QStringLiteral("qfInstalledTranslator");

// Called again to switch the language: the translators of the previous call are taken out first.
void removeInstalledTranslators(QCoreApplication& app)
{
    const QList<QTranslator*> installed = app.findChildren<QTranslator*>(kInstalledName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Loads one of the product's catalogs, with the scope fallback, so that the next call can take it out again.
void installCatalog(QCoreApplication& app, const QString& path)
{
    auto* product = new ScopeFallbackTranslator(&app);
    product->setObjectName(kInstalledName);
    if (product->load(path))
        QCoreApplication::installTranslator(product);
    else
        delete product;
}

} // namespace

QString installTranslations(QCoreApplication& app, const QString& language)
{
    removeInstalledTranslators(app);
    if (!wantsChinese(language)) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The source texts are English; this catalog only gives the plural forms of "%n day(s)" and the like.
        installCatalog(app, QStringLiteral(":/i18n/qingfeng_en.qm"));
        return QStringLiteral("en");
    }
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    QLocale::setDefault(chinese);

    auto* qtBase = new QTranslator(&app);
    qtBase->setObjectName(kInstalledName);
    if (qtBase->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtBase);
    else
        delete qtBase;

    installCatalog(app, QStringLiteral(":/i18n/qingfeng_zh_CN.qm"));
    return QStringLiteral("zh_CN");
}

QString currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

} // namespace qf
