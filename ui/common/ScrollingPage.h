#pragma once

class QWidget;

namespace Kohtaamo {

// A form page of a tabbed editor, put into a frameless scroll area: when the room below the tabs shrinks (the list
// of problems under the fields appears, a small screen) the fields stay where they are and a scroll bar appears,
// instead of the form squeezing its rows together and moving every field under the mouse.
QWidget *scrollingPage(QWidget *page);

} // namespace Kohtaamo
