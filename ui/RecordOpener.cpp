#include "RecordOpener.h"

#include "CaseTerms.h"
#include "CaseWorkspace.h"
#include "ErrorMessages.h"
#include "LeadDetailDialog.h"
#include "intake/ReportService.h"
#include "integrity/IntegrityOpinionsTab.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace qf::ui {

void RecordOpener::open(access::Session& session, reporting::RecordKind kind, const QString& uid, QWidget* parent)
{
    switch (kind) {
    case reporting::RecordKind::Case: {
        auto* workspace = new CaseWorkspace(session, uid, parent);
        workspace->setAttribute(Qt::WA_DeleteOnClose);
        workspace->show();
        return;
    }
    case reporting::RecordKind::Lead: {
        LeadDetailDialog dialog(session, uid, parent);
        dialog.exec();
        return;
    }
    case reporting::RecordKind::Report:
        showReport(session, uid, parent);
        return;
    case reporting::RecordKind::IntegrityRequest:
        showIntegrityRequest(session, uid, parent);
        return;
    }
}

void RecordOpener::showIntegrityRequest(access::Session& session, const QString& uid, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("integrityRequestDialog"));
    dialog.setWindowTitle(tr("Integrity opinion request"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* opinions = new IntegrityOpinionsTab(session);
    layout->addWidget(opinions);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    opinions->reload();
    if (!opinions->selectRequest(uid)) {
        const QString why = opinions->lastError();
        ErrorMessages::show(parent, tr("Open integrity opinion request"),
                            makeError(ErrorCode::NotFound,
                                      why.isEmpty() ? tr("The request is not among the requests you can see.") : why));
        return;
    }
    dialog.resize(1000, 640);
    dialog.exec();
}

void RecordOpener::showReport(access::Session& session, const QString& uid, QWidget* parent)
{
    auto report = intake::ReportService(session).report(uid);
    if (!report.ok()) {
        ErrorMessages::show(parent, tr("Open report"), report.error());
        return;
    }
    QStringList subjects;
    for (const people::Person& subject : report->subjects)
        subjects << subject.name;
    QMessageBox box(QMessageBox::Information, tr("Report"),
                    tr("Received %1 by %2.\nAbout: %3\nScreening: %4\n\n%5")
                        .arg(CaseTerms::date(report->receivedDate), intake::channelDisplayName(report->channel),
                             subjects.join(QStringLiteral("、")), intake::screeningDisplayName(report->screening),
                             report->summary),
                    QMessageBox::Close, parent);
    box.setObjectName(QStringLiteral("reportSummaryBox"));
    box.exec();
}

} // namespace qf::ui
