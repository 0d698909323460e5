// The desktop workbench: language, the welcome screen (no vault yet) or log in, then the main window.
// --screenshots writes the manual's screenshots instead (ui/ScreenshotTour). Only wiring lives here.
#include "FontSetup.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"
#include "UiSettings.h"
#include "WelcomeDialog.h"
#include "access/LoginService.h"
#include "common/RuntimeDirectory.h"
#include "common/Translations.h"
#include "crypto/Sodium.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <cstdio>

namespace {

// Welcome screen when no vault is known, else (or after choosing a vault there) the login dialog.
std::unique_ptr<qf::access::Session> startSession(const QString& preselectedVault)
{
    QString vault = preselectedVault;
    if (vault.isEmpty() && qf::ui::WelcomeDialog::isNeeded()) {
        qf::ui::WelcomeDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return nullptr;
        if (auto session = welcome.takeSession())
            return session;
        vault = welcome.chosenVaultPath();
    }
    qf::ui::LoginDialog login;
    if (!vault.isEmpty())
        login.setVaultPath(vault);
    if (login.exec() != QDialog::Accepted)
        return nullptr;
    return login.takeSession();
}

int takeScreenshots(const QCommandLineParser& parser, const QString& directory, const QString& vault)
{
    const QString prefix = parser.value(QStringLiteral("prefix"));
    qf::Result<QStringList> written = QStringList();
    if (vault.isEmpty()) {
        written = qf::ui::ScreenshotTour::captureStart(directory, prefix);
    } else {
        QFile passwordFile(parser.value(QStringLiteral("password-file")));
        if (!passwordFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "qingfeng: cannot read the password file %s\n", qPrintable(passwordFile.fileName()));
            return 2;
        }
        QByteArray password = passwordFile.readLine().trimmed();
        auto session = qf::access::openSession(vault, parser.value(QStringLiteral("user")),
                                               qf::crypto::SecretBytes::takeFrom(password));
        if (!session.ok()) {
            std::fprintf(stderr, "qingfeng: %s\n", qPrintable(session.error().message));
            return 3;
        }
        written = qf::ui::ScreenshotTour::captureWorkbench(*session.value(), directory, prefix);
    }
    if (!written.ok()) {
        std::fprintf(stderr, "qingfeng: %s\n", qPrintable(written.error().message));
        return 1;
    }
    for (const QString& file : written.value())
        std::printf("%s\n", qPrintable(file));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qf::crypto::disableCoreDumps();
    qf::ensureRuntimeDirectory();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Qingfeng"));
    QApplication::setApplicationName(QStringLiteral("qingfeng"));
    QApplication::setApplicationVersion(QStringLiteral(QF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.qingfeng.Workbench"));
    QIcon icon(QStringLiteral(":/icons/qingfeng-256.png"));
    icon.addFile(QStringLiteral(":/icons/qingfeng-64.png"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("qingfeng"), icon));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Qingfeng case workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QStringLiteral("Vault file to preselect."),
                                         QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("language"));
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QStringLiteral("Write the manual's screenshots to a folder and exit; with --vault, --user and "
                       "--password-file, of the workbench as that user sees it."),
        QStringLiteral("folder"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"), QStringLiteral("Screenshot file name prefix."),
                                          QStringLiteral("prefix"), QStringLiteral("screen"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("User for --screenshots."),
                                        QStringLiteral("name"));
    const QCommandLineOption passwordFileOption(
        QStringLiteral("password-file"), QStringLiteral("Password file for --screenshots."), QStringLiteral("file"));
    parser.addOptions({vaultOption, langOption, screenshotsOption, prefixOption, userOption, passwordFileOption});
    parser.process(app);

    const QString language = parser.isSet(langOption) ? parser.value(langOption) : qf::ui::UiSettings::language();
    qf::installTranslations(app, language);
    qf::ui::FontSetup::preferSansSerifChinese();

    if (!qf::crypto::ensureSodium()) {
        QMessageBox::critical(nullptr, QApplication::applicationName(),
                              QCoreApplication::translate("main", "The crypto library cannot start."));
        return 1;
    }
    if (parser.isSet(screenshotsOption))
        return takeScreenshots(parser, parser.value(screenshotsOption), parser.value(vaultOption));

    std::unique_ptr<qf::access::Session> session = startSession(parser.value(vaultOption));
    if (!session)
        return 0;
    qf::ui::MainWindow window(*session);
    window.show();
    return QApplication::exec();
}
