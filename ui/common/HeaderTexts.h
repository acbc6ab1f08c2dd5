#pragma once

class QHeaderView;

namespace Kohtaamo {

// Keeps every column of a horizontal header at least as wide as its header text (issue 19: "Orsak till nej" shown as
// "k ti", "Contact consent" cut at 150 % font size): after a model reset, a language or font change and a resize,
// each section narrower than its text is widened to it. A table wider than its view scrolls sideways instead. A
// stretched last section that has no room left stops stretching (the table scrolls) until the view is wide enough.
void keepHeaderTextsWhole(QHeaderView *header);

} // namespace Kohtaamo
