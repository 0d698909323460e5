#include "ErrorMessages.h"

#include <QLabel>
#include <QMessageBox>

namespace qf::ui {

QString ErrorMessages::headline(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassword:
        return tr("Cannot open the vault");
    case ErrorCode::Throttled:
        return tr("Too many failed attempts");
    case ErrorCode::Damaged:
        return tr("The vault is damaged");
    case ErrorCode::SlotFileTampered:
        return tr("The key file has been tampered with");
    case ErrorCode::NotEncrypted:
        return tr("Not an encrypted vault");
    case ErrorCode::FileMissing:
        return tr("File not found");
    case ErrorCode::ReadOnly:
        return tr("The vault is read-only");
    case ErrorCode::AlreadyOpen:
        return tr("The vault is already open");
    case ErrorCode::AlreadyExists:
        return tr("The file already exists");
    case ErrorCode::PermissionDenied:
        return tr("Not permitted");
    case ErrorCode::Locked:
        return tr("The vault is locked");
    case ErrorCode::Cancelled:
        return tr("Cancelled");
    case ErrorCode::VerificationFailed:
        return tr("Verification failed");
    case ErrorCode::Usage:
    case ErrorCode::Invalid:
        return tr("Please check your input");
    case ErrorCode::NotFound:
        return tr("Not found");
    case ErrorCode::Database:
        return tr("Database error");
    case ErrorCode::UntrustedSigner:
        return tr("Untrusted signer");
    case ErrorCode::Failed:
        break;
    }
    return tr("The operation failed");
}

QString ErrorMessages::describe(const Error& error)
{
    return QStringLiteral("<b>") + headline(error.code).toHtmlEscaped() + QStringLiteral("</b><br>") +
           error.message.toHtmlEscaped();
}

void ErrorMessages::show(QWidget* parent, const QString& title, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, title, headline(error.code), QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setInformativeText(error.message);
    box.exec();
}

} // namespace qf::ui

namespace qf::ui {

QLabel* ErrorMessages::createBanner(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(QStringLiteral("QLabel { color: #5c0f0b; background-color: #fdecea; border: 1px solid #e0a39d;"
                                        " border-radius: 4px; padding: 8px; }"));
    label->hide();
    return label;
}

void ErrorMessages::setBanner(QLabel* banner, const QString& richText)
{
    banner->setText(richText);
    banner->setVisible(!richText.isEmpty());
}

} // namespace qf::ui
