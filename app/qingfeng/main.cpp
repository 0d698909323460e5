// The desktop workbench: language, log in (or create a vault), then the main window. Only wiring lives here.
#include "FontSetup.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "UiSettings.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    qf::crypto::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Qingfeng"));
    QApplication::setApplicationName(QStringLiteral("qingfeng"));
    QApplication::setApplicationVersion(QStringLiteral(QF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qingfeng case workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("Vault file to preselect."),
                                         QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("language"));
    parser.addOptions({vaultOption, langOption});
    parser.process(app);

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : qf::ui::UiSettings::language();
    qf::installTranslations(app, language);
    qf::ui::FontSetup::preferSansSerifChinese();

    if (!qf::crypto::ensureSodium()) {
        QMessageBox::critical(nullptr, QApplication::applicationName(),
                              QCoreApplication::translate("main", "The crypto library cannot start."));
        return 1;
    }

    qf::ui::LoginDialog login;
    if (parser.isSet(vaultOption))
        login.setVaultPath(parser.value(vaultOption));
    if (login.exec() != QDialog::Accepted)
        return 0;
    std::unique_ptr<qf::access::Session> session = login.takeSession();
    if (!session)
        return 0;

    qf::ui::MainWindow window(*session);
    window.show();
    return QApplication::exec();
}
