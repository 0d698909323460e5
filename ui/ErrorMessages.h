#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class QLabel;
class QWidget;

namespace qf::ui {

// Turns a core Error into what the user sees: a short headline for its kind, then core's own explanation.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(qf::ui::ErrorMessages)

public:
    static QString headline(ErrorCode code);
    // Rich text: the headline in bold, then the message.
    static QString describe(const Error& error);
    // A hidden, word-wrapped banner for errors shown inside a dialog or page.
    static QLabel* createBanner(const QString& objectName);
    // Shows the rich text in the banner, or hides it when the text is empty.
    static void setBanner(QLabel* banner, const QString& richText);
    static void show(QWidget* parent, const QString& title, const Error& error);
};

} // namespace qf::ui
