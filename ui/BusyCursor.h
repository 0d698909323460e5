#pragma once

namespace qf::ui {

// Shows the wait cursor for the lifetime of the object (key derivation takes about a second).
class BusyCursor
{
public:
    BusyCursor();
    ~BusyCursor();
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace qf::ui
