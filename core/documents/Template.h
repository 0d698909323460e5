#pragma once

#include "common/Result.h"
#include "documents/DocumentLayout.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace qf::documents {

struct ListColumn
{
    QString header;
    double weight = 1.0;
    QString field;
};

// The definition of a standard document (文书模板), loaded from resources/templates/<id>.json.
struct Template
{
    QString id;
    QString titleZh;
    QString titleEn;
    LayoutKind layout = LayoutKind::Official;
    QString record;        // case, lead
    QString item;          // talk_record, recusal, appeal: the document is about one such record of the case
    QString sequence;      // number kind; empty: the document takes no number
    QString numberPattern; // e.g. {agency}立〔{year}〕{seq}号
    QStringList required;  // fields that must be bound before it can be created
    QString heading;
    QString addressee;
    QString intro;
    QStringList paragraphs; // each may start with "h1:" .. "h4:" for headings
    QList<QStringList> grid;
    QString listSource;     // evidence, property, materials
    QStringList listStates; // property lists: the states of the items they take
    QList<ListColumn> listColumns;
    QString footer;
    bool signature = false;
    QString copiesTo;
    QStringList pageClosing; // lines repeated at the foot of every sheet (笔录)
    QString continuationTitle;

    QString title(const QString& language) const;
};

using Fields = QMap<QString, QString>;

// Replaces {{name}} placeholders with bound values; unknown names become empty.
QString fillPlaceholders(const QString& text, const Fields& fields);

// The catalog of built-in templates; an agency may add its own in the vault later.
class TemplateCatalog
{
public:
    static Result<QList<Template>> builtIn();
    static Result<Template> find(const QString& id);
    static Result<Template> parse(const QByteArray& json, const QString& origin);
};

} // namespace qf::documents
