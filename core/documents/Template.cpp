#include "documents/Template.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace qf::documents {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("qf::documents::TemplateCatalog", text);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QString Template::title(const QString& language) const
{
    return language.startsWith(QLatin1String("zh")) || titleEn.isEmpty() ? titleZh : titleEn;
}

QString fillPlaceholders(const QString& text, const Fields& fields)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_0-9]+)\\}\\}"));
    QString result;
    qsizetype last = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result += text.mid(last, match.capturedStart() - last);
        result += fields.value(match.captured(1));
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

Result<Template> TemplateCatalog::parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid, tr("Template %1 is not valid JSON: %2").arg(origin, error.errorString()));
    Template t;
    t.id = root.value(QStringLiteral("id")).toString();
    t.titleZh = root.value(QStringLiteral("title")).toObject().value(QStringLiteral("zh_CN")).toString();
    t.titleEn = root.value(QStringLiteral("title")).toObject().value(QStringLiteral("en")).toString();
    const QString layout = root.value(QStringLiteral("layout")).toString();
    t.layout = layout == QLatin1String("letter") ? LayoutKind::Letter
               : layout == QLatin1String("form") ? LayoutKind::Form
                                                 : LayoutKind::Official;
    t.record = root.value(QStringLiteral("record")).toString();
    t.item = root.value(QStringLiteral("item")).toString();
    t.sequence = root.value(QStringLiteral("sequence")).toString();
    t.numberPattern = root.value(QStringLiteral("number_pattern")).toString();
    t.required = strings(root.value(QStringLiteral("required")));
    t.heading = root.value(QStringLiteral("heading")).toString();
    t.addressee = root.value(QStringLiteral("addressee")).toString();
    t.intro = root.value(QStringLiteral("intro")).toString();
    for (const QJsonValue& block : root.value(QStringLiteral("body")).toArray()) {
        const QJsonObject object = block.toObject();
        for (const QString& key : {QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"),
                                   QStringLiteral("h3"), QStringLiteral("h4")})
            if (object.contains(key))
                t.paragraphs << (key == QLatin1String("p") ? QString() : key + u':') + object.value(key).toString();
    }
    for (const QJsonValue& row : root.value(QStringLiteral("grid")).toArray())
        t.grid << strings(row);
    const QJsonObject list = root.value(QStringLiteral("list")).toObject();
    t.listSource = list.value(QStringLiteral("source")).toString();
    t.listStates = strings(list.value(QStringLiteral("states")));
    for (const QJsonValue& column : list.value(QStringLiteral("columns")).toArray())
        t.listColumns << ListColumn{column.toObject().value(QStringLiteral("header")).toString(),
                                    column.toObject().value(QStringLiteral("weight")).toDouble(1.0),
                                    column.toObject().value(QStringLiteral("field")).toString()};
    t.footer = root.value(QStringLiteral("footer")).toString();
    t.signature = root.value(QStringLiteral("signature")).toBool();
    t.copiesTo = root.value(QStringLiteral("copies_to")).toString();
    t.pageClosing = strings(root.value(QStringLiteral("page_closing")));
    t.continuationTitle = root.value(QStringLiteral("continuation_title")).toString();
    if (t.id.isEmpty() || t.titleZh.isEmpty() || t.heading.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Template %1 needs an id, a title and a heading.").arg(origin));
    if (t.record != QLatin1String("case") && t.record != QLatin1String("lead"))
        return makeError(ErrorCode::Invalid,
                         tr("Template %1 binds to an unknown record type '%2'.").arg(origin, t.record));
    if (!t.item.isEmpty() &&
        (t.record != QLatin1String("case") ||
         !QStringList{QStringLiteral("talk_record"), QStringLiteral("recusal"), QStringLiteral("appeal")}.contains(
             t.item)))
        return makeError(ErrorCode::Invalid,
                         tr("Template %1 is about an unknown kind of record '%2'.").arg(origin, t.item));
    if (!t.listSource.isEmpty() &&
        !QStringList{QStringLiteral("evidence"), QStringLiteral("property"), QStringLiteral("materials")}.contains(
            t.listSource))
        return makeError(ErrorCode::Invalid, tr("Template %1 lists an unknown source '%2'.").arg(origin, t.listSource));
    if (!t.sequence.isEmpty() && t.numberPattern.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Template %1 takes a number but has no number pattern.").arg(origin));
    return t;
}

Result<QList<Template>> TemplateCatalog::builtIn()
{
    QList<Template> templates;
    const QDir dir(QStringLiteral(":/templates"));
    const auto names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Failed, tr("Cannot read template %1.").arg(name));
        auto parsed = parse(file.readAll(), name);
        if (!parsed.ok())
            return parsed.error();
        templates << parsed.value();
    }
    return templates;
}

Result<Template> TemplateCatalog::find(const QString& id)
{
    auto all = builtIn();
    if (!all.ok())
        return all.error();
    for (const Template& t : all.value())
        if (t.id == id)
            return t;
    return makeError(ErrorCode::NotFound, tr("There is no document template '%1'.").arg(id));
}

} // namespace qf::documents
