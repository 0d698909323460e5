#include "reporting/IntegrityOpinionCsv.h"

#include "people/IdNumber.h"

#include <QCoreApplication>
#include <QHash>

namespace qf::reporting {

namespace {

// lupdate files the tr() calls of free functions under the namespace, so the runtime context is the namespace too.
QString tr(const char* text)
{
    return QCoreApplication::translate("qf::reporting", text);
}

// Splits one line into fields; returns false on an unterminated quote.
bool splitLine(const QString& line, QStringList& fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field.trimmed();
    return !quoted;
}

enum Column
{
    Name,
    IdNumber,
    Unit,
    Position,
    ProposedPost,
};

int columnOf(const QString& header)
{
    static const QHash<QString, int> names{{QStringLiteral("姓名"), Name},
                                           {QStringLiteral("name"), Name},
                                           {QStringLiteral("身份证号码"), IdNumber},
                                           {QStringLiteral("身份证号"), IdNumber},
                                           {QStringLiteral("id_number"), IdNumber},
                                           {QStringLiteral("单位"), Unit},
                                           {QStringLiteral("工作单位"), Unit},
                                           {QStringLiteral("unit"), Unit},
                                           {QStringLiteral("现任职务"), Position},
                                           {QStringLiteral("职务"), Position},
                                           {QStringLiteral("position"), Position},
                                           {QStringLiteral("拟任职务"), ProposedPost},
                                           {QStringLiteral("proposed_post"), ProposedPost}};
    return names.value(header.trimmed().toLower(), -1);
}

} // namespace

RequestCsv parseRequestCsv(const QByteArray& csv)
{
    RequestCsv result;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n');
    QList<int> columns;
    QHash<QString, int> seenIds;
    QList<RequestedPerson> people;
    bool header = true;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const int lineNumber = int(index) + 1;
        QString line = lines.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields;
        if (!splitLine(line, fields)) {
            result.problems << tr("Line %1: a quoted field is not closed.").arg(lineNumber);
            continue;
        }
        if (header) {
            header = false;
            for (const QString& field : std::as_const(fields))
                columns << columnOf(field);
            for (int required : {int(Name), int(Unit), int(ProposedPost)})
                if (!columns.contains(required)) {
                    result.problems << tr("Line 1: the header must name the columns 姓名, 单位 and 拟任职务 (and may "
                                          "name 身份证号码 and 现任职务).");
                    return result;
                }
            continue;
        }
        if (fields.size() != columns.size()) {
            result.problems << tr("Line %1: %2 fields where the header has %3.")
                                   .arg(lineNumber)
                                   .arg(fields.size())
                                   .arg(columns.size());
            continue;
        }
        RequestedPerson person;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            switch (columns.at(i)) {
            case Name:
                person.name = fields.at(i);
                break;
            case IdNumber:
                person.idNumber = people::normaliseIdNumber(fields.at(i));
                break;
            case Unit:
                person.unit = fields.at(i);
                break;
            case Position:
                person.position = fields.at(i);
                break;
            case ProposedPost:
                person.proposedPost = fields.at(i);
                break;
            default:
                break;
            }
        }
        const QString problem = requestedPersonProblem(person);
        if (!problem.isEmpty()) {
            result.problems << tr("Line %1: %2.").arg(lineNumber).arg(problem);
            continue;
        }
        if (!person.idNumber.isEmpty()) {
            if (seenIds.contains(person.idNumber)) {
                result.problems << tr("Line %1: the same ID number as line %2.")
                                       .arg(lineNumber)
                                       .arg(seenIds.value(person.idNumber));
                continue;
            }
            seenIds.insert(person.idNumber, lineNumber);
        }
        people << person;
    }
    if (header)
        result.problems << tr("The file is empty: it needs a header row and one row per person.");
    else if (people.isEmpty() && result.problems.isEmpty())
        result.problems << tr("The file names nobody: add one row per person under the header.");
    if (result.problems.isEmpty())
        result.people = people;
    return result;
}

} // namespace qf::reporting
