#pragma once

#include "WorkspacePage.h"
#include "access/Session.h"

class QTabWidget;

namespace qf::ui {

class IntegrityFilesTab;
class IntegrityOpinionsTab;
class RecommendationLettersTab;

// The integrity area (廉政监督): integrity files, integrity opinion replies and recommendation letters.
class IntegrityPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit IntegrityPage(access::Session& session, QWidget* parent = nullptr);

    void reload() override;
    void releaseForLock() override;

    IntegrityFilesTab* filesTab() const { return m_files; }
    IntegrityOpinionsTab* opinionsTab() const { return m_opinions; }
    RecommendationLettersTab* lettersTab() const { return m_letters; }

private:
    QTabWidget* m_tabs;
    IntegrityFilesTab* m_files;
    IntegrityOpinionsTab* m_opinions;
    RecommendationLettersTab* m_letters;
};

} // namespace qf::ui
