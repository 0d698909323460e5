#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace qf::ui {

// The recovery key shown once, large and in a monospace font, with a button to print it on paper.
class RecoveryKeySheet : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryKeySheet(QWidget* parent = nullptr);

    void setDetails(const QString& organName, const QString& vaultPath, const QString& recoveryKey);
    void clear();
    bool wasPrinted() const { return m_printed; }

    // Groups of the key split over two lines so it fits large on screen and paper.
    static QString formatForDisplay(const QString& recoveryKey);

Q_SIGNALS:
    void printed();

private:
    void print();
    QString printHtml() const;

    QString m_organName;
    QString m_vaultPath;
    QString m_key;
    bool m_printed = false;
    QLabel* m_keyLabel;
    QPushButton* m_printButton;
};

} // namespace qf::ui
