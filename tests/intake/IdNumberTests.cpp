#include "IntakeFixture.h"
#include "people/IdNumber.h"
#include "people/Masking.h"

#include <catch2/catch.hpp>

using namespace qf;

TEST_CASE("ID numbers pass or fail the GB 11643 checks", "[idnumber]")
{
    CHECK(people::checkIdNumber(QStringLiteral("11010519491231002X")).valid); // the standard's own example
    CHECK(people::checkIdNumber(QStringLiteral("11010519491231002x")).valid);
    const auto check = people::checkIdNumber(QStringLiteral("11010519491231002X"));
    CHECK(check.birthDate == QDate(1949, 12, 31));

    CHECK_FALSE(people::checkIdNumber(QStringLiteral("110105194912310021")).valid); // wrong check character
    CHECK_FALSE(people::checkIdNumber(QStringLiteral("11010519491231002")).valid);  // 17 characters
    CHECK_FALSE(people::checkIdNumber(QStringLiteral("1101051949123100AX")).valid); // letters
    const QString badDate = test::IntakeFixture::idNumberFor(QStringLiteral("320102"), QDate(1999, 2, 28), 5)
                                .replace(6, 8, QStringLiteral("19990230"));
    CHECK_FALSE(people::checkIdNumber(badDate).valid);
    const QString future =
        test::IntakeFixture::idNumberFor(QStringLiteral("320102"), QDate::currentDate().addDays(5), 5);
    CHECK_FALSE(people::checkIdNumber(future).valid);
    const QString badRegion = test::IntakeFixture::idNumberFor(QStringLiteral("990102"), QDate(1980, 1, 1), 5);
    CHECK_FALSE(people::checkIdNumber(badRegion).valid);
    CHECK(people::checkIdNumber(badRegion).problem.contains(QLatin1String("990102")));

    for (int i = 0; i < 200; ++i) {
        const QString id =
            test::IntakeFixture::idNumberFor(QStringLiteral("320106"), QDate(1960, 1, 1).addDays(i * 97), i);
        CHECK(people::checkIdNumber(id).valid);
        QString typo = id;
        typo[10] = QChar(u'0' + (typo.at(10).digitValue() + 1) % 10);
        CHECK_FALSE(people::checkIdNumber(typo).valid); // one changed digit is always caught
    }
}

TEST_CASE("protected identities are masked", "[masking]")
{
    CHECK(people::maskName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(people::maskName(QStringLiteral("欧阳修文")) == QStringLiteral("欧***"));
    CHECK(people::maskName(QStringLiteral("李")) == QStringLiteral("李*"));
    CHECK(people::maskIdNumber(QStringLiteral("320102198005171234")) == QStringLiteral("3201**********1234"));
    CHECK(people::maskPhone(QStringLiteral("13912345678")) == QStringLiteral("139****5678"));
    CHECK(people::maskFreeText(QStringLiteral("南京市玄武区")) == QStringLiteral("南京****"));
}
