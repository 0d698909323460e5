#pragma once

// Keyboard input for widget tests: key presses for Latin text, input-method commits for Chinese.
#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

namespace qf::test {

// Types into one widget, as a keyboard would: Latin characters are single key presses, Chinese text arrives the way
// an input method commits it.
inline void typeInto(QWidget* target, const QString& text)
{
    int i = 0;
    while (i < text.size()) {
        REQUIRE(target);
        if (text.at(i).unicode() < 0x80) {
            QTest::keyClick(target, text.at(i).toLatin1());
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && text.at(end).unicode() >= 0x80)
            ++end;
        QInputMethodEvent commit;
        commit.setCommitString(text.mid(i, end - i));
        QApplication::sendEvent(target, &commit);
        i = end;
    }
}

// Types into whatever has the focus. The first key in a table cell opens its editor and the rest must reach that
// editor, so the focus is looked up again for every character.
inline void type(const QString& text)
{
    for (int i = 0; i < text.size();) {
        int end = i + 1;
        const bool latin = text.at(i).unicode() < 0x80;
        while (end < text.size() && (text.at(end).unicode() < 0x80) == latin && !latin)
            ++end;
        typeInto(QApplication::focusWidget(), text.mid(i, end - i));
        i = end;
    }
}

} // namespace qf::test
