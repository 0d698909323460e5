#pragma once

#include "people/Person.h"

#include <QDate>
#include <QRandomGenerator>
#include <QString>

namespace qf::demo {

// Plausible but invented Chinese people, units and ID numbers for demo and scale data. No real person's data.
class SyntheticPeople
{
public:
    explicit SyntheticPeople(quint32 seed) : m_random(seed) {}

    QString name();
    QString unit();
    QString position();
    QString cadreLevel();
    QString idNumber(const QDate& birth);
    QDate birthDate();
    QString phone();
    QString address();
    people::Person person();

    QRandomGenerator& random() { return m_random; }
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(list.size()))));
    }

private:
    QRandomGenerator m_random;
    int m_sequence = 0;
};

} // namespace qf::demo
