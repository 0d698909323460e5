#pragma once

#include <QDate>
#include <QString>

namespace qf::people {

// Checks a mainland resident ID number (GB 11643-1999): 18 characters, a valid region prefix, a real birth date,
// and the ISO 7064 MOD 11-2 check character.
struct IdNumberCheck
{
    bool valid = false;
    QString problem; // translated, empty when valid
    QDate birthDate;
};

IdNumberCheck checkIdNumber(const QString& idNumber, const QDate& today = QDate::currentDate());
// The check character for the first 17 digits ('0'..'9' or 'X').
QChar idNumberCheckCharacter(const QString& first17);
QString normaliseIdNumber(const QString& text); // trims and upper-cases a trailing 'x'

} // namespace qf::people
