#pragma once

#include "archive/ArchiveVerifier.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace qf::ui {

// What verifying an archive found: a verdict line, the readable report (signer fingerprint and trust, counts,
// hashes) and, for inspection, the list of entries the manifest names.
class ArchiveReportView : public QWidget
{
    Q_OBJECT

public:
    // More entries than this are counted in the report but not listed one by one.
    static constexpr int kMaxRows = 5000;

    explicit ArchiveReportView(QWidget* parent = nullptr);

    void showReport(const archive::VerifyReport& report);
    void clear();

private:
    QLabel* m_verdict;
    QPlainTextEdit* m_text;
    QTableWidget* m_entries;
};

} // namespace qf::ui
