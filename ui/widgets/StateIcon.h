#pragma once

#include "domain/Progress.h"

#include <QIcon>
#include <QPalette>

namespace dd::ui {

// The icon of a step's state, drawn (so it is sharp at 100 % and 200 % and follows the
// palette, light or dark): an empty ring (not started), a half-filled amber disc
// (incomplete), a green disc with a tick (complete), a blue disc with an arrow (submitted).
class StateIcon
{
public:
    static QIcon forState(domain::Progress::State state, const QPalette &palette);
    // A dimmed dash: a step this applicant does not need.
    static QIcon notNeeded(const QPalette &palette);
    // Nothing, the size of the others: keeps the labels of items without a state aligned.
    static QIcon blank();
};

} // namespace dd::ui
