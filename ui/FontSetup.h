#pragma once

namespace qf::ui {

// Chooses a sans-serif Chinese fallback for the interface fonts. Without a desktop environment Qt may fall back to a
// calligraphic face for Han characters, which reads poorly in forms and tables.
class FontSetup
{
public:
    static void preferSansSerifChinese();
};

} // namespace qf::ui
