#include "people/IdNumber.h"

#include <QCoreApplication>

namespace qf::people {

namespace {

// This file's messages, in a translation context that lupdate finds from every call.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(qf::people::IdNumber)
};

bool isKnownProvince(int code)
{
    static const int provinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                    43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (int province : provinces)
        if (province == code)
            return true;
    return false;
}

} // namespace

QString normaliseIdNumber(const QString& text)
{
    return text.trimmed().toUpper();
}

QChar idNumberCheckCharacter(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

IdNumberCheck checkIdNumber(const QString& idNumber, const QDate& today)
{
    IdNumberCheck check;
    const QString id = normaliseIdNumber(idNumber);
    if (id.size() != 18) {
        check.problem = Messages::tr("an ID number has 18 characters");
        return check;
    }
    for (int i = 0; i < 17; ++i) {
        if (!id.at(i).isDigit() || id.at(i).unicode() > 127) {
            check.problem = Messages::tr("the first 17 characters must be digits");
            return check;
        }
    }
    if (!isKnownProvince(id.left(2).toInt()) || id.mid(2, 4) == QLatin1String("0000")) {
        check.problem = Messages::tr("the region code %1 does not exist").arg(id.left(6));
        return check;
    }
    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900 || birth > today) {
        check.problem = Messages::tr("the birth date %1 is not a real date").arg(id.mid(6, 8));
        return check;
    }
    if (idNumberCheckCharacter(id.left(17)) != id.at(17)) {
        check.problem = Messages::tr("the check character does not match (typing error?)");
        return check;
    }
    check.valid = true;
    check.birthDate = birth;
    return check;
}

} // namespace qf::people
