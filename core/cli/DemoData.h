#pragma once

#include "access/Role.h"
#include "access/Session.h"
#include "common/Result.h"
#include "demo/DemoAreas.h"
#include "demo/DemoDataService.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace qf::cli {

// One demo account. Demo passwords are fixed and printed on purpose: the demo vault holds no real data.
struct DemoUser
{
    QString login;
    QString displayName;
    access::Role role;
};

// One demo user per role, administrator first.
QList<DemoUser> demoUsers();
QString demoPassword(const QString& login);
QString demoOrganName();
// The files the demo writes beside the vault, so the CLI can be scripted with --password-file.
QString demoPasswordFile(const QString& vaultPath, const QString& login);
QString demoRecoveryKeyFile(const QString& vaultPath);

// How much demo content to create and from which seed, so runs are repeatable.
struct DemoOptions
{
    int scale = 1;
    quint32 seed = 2026;
};

// What seedDemoContent did: generated is false when the vault already held demo data.
struct DemoContent
{
    bool generated = false;
    demo::DemoDataFigures figures;
    demo::DemoAreaFigures areas;
};

// Adds the demo content beyond the accounts through core's DemoDataService, sized by scale and drawn from seed.
// Idempotent: a vault that already holds data gets nothing more. Progress goes to log. The areas that follow a case
// and the integrity areas are then filled under the demo lead investigator's and reviewer's own sessions.
Result<DemoContent> seedDemoContent(access::Session& admin, const DemoOptions& options, QTextStream& log);

} // namespace qf::cli
