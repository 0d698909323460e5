#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <optional>

namespace qf {

// One row per enum value: the stable key stored in the vault and the English name translated for display.
template <typename Enum> struct EnumEntry
{
    Enum value;
    const char* key;
    const char* name; // wrap in QT_TRANSLATE_NOOP(context, ...)
};

// Maps an enum to its keys and display names. `context` is the translation context of the names.
template <typename Enum, std::size_t N> class EnumTable
{
public:
    constexpr EnumTable(const char* context, std::array<EnumEntry<Enum>, N> entries)
        : m_context(context), m_entries(entries)
    {
    }

    QList<Enum> all() const
    {
        QList<Enum> values;
        for (const auto& entry : m_entries)
            values << entry.value;
        return values;
    }
    QString key(Enum value) const
    {
        const auto* entry = find(value);
        return entry ? QString::fromLatin1(entry->key) : QString();
    }
    std::optional<Enum> fromKey(const QString& key) const
    {
        for (const auto& entry : m_entries)
            if (key == QLatin1String(entry.key))
                return entry.value;
        return std::nullopt;
    }
    QString displayName(Enum value) const
    {
        const auto* entry = find(value);
        return entry ? QCoreApplication::translate(m_context, entry->name) : QString();
    }

private:
    const EnumEntry<Enum>* find(Enum value) const
    {
        for (const auto& entry : m_entries)
            if (entry.value == value)
                return &entry;
        return nullptr;
    }

    const char* m_context;
    std::array<EnumEntry<Enum>, N> m_entries;
};

template <typename Enum, typename... Entries> constexpr auto makeEnumTable(const char* context, Entries... entries)
{
    return EnumTable<Enum, sizeof...(Entries)>(context, {EnumEntry<Enum>(entries)...});
}

} // namespace qf
