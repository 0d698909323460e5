#pragma once

#include <QString>
#include <QStringList>
#include <random>

namespace qf::bench {

// Plausible Chinese text for benchmark rows: names, units, lead summaries and audit notes. Seeded, so two runs
// (and the encrypted and plain databases of one run) receive exactly the same rows.
class ChineseText
{
public:
    explicit ChineseText(quint64 seed) : m_rng(seed) {}

    QString personName();
    QString unitName();
    // A summary of a lead (线索摘要) between minChars and maxChars characters.
    QString leadSummary(int minChars, int maxChars);
    // A short "what changed" note for an audit entry.
    QString auditSummary();
    QString actor();
    QString action();

    int uniform(int lowInclusive, int highInclusive);
    quint64 next64() { return m_rng(); }

    // The substrings the LIKE scan looks for: common words, rarer two-word phrases and words that never occur.
    static QStringList scanPatterns();

private:
    std::mt19937_64 m_rng;
};

// A deterministic UUID (version 4 layout) for row number i, so lookups can name any inserted row.
QString uidForRow(quint64 seed, qint64 row);

} // namespace qf::bench
