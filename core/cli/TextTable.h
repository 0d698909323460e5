#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace qf::cli {

// A plain-text table for the terminal. Columns are aligned by display width, so Chinese names line up.
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_header(std::move(header)) {}
    void addRow(QStringList row) { m_rows << std::move(row); }
    void print(QTextStream& out) const;

    // Terminal columns a string takes: East Asian wide characters count twice.
    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace qf::cli
