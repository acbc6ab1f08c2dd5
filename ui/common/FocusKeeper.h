#pragma once

class QWidget;

namespace Kohtaamo::FocusKeeper {

// After an action (a workflow step, a recorded answer, a dialog closed): when the keyboard focus has left `area` —
// the button pressed went away or was disabled, or a closed dialog gave the focus back to nothing — it goes to
// `next`, the next sensible control of the same page, never the sidebar. Checked at once and again once the queued
// updates of the action have run.
void keepInside(QWidget *area, QWidget *next);

// Whether the focus is on a visible, enabled widget inside `area`.
bool isInside(const QWidget *area);

} // namespace Kohtaamo::FocusKeeper
