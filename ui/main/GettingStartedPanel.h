#pragma once

#include "Page.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace Kohtaamo {

// What to do first in a new office: add the organisation, register the workers with their consents, log the first
// request, or look around in the demo office first. Each step has a button to the page where it is done; the panel
// stays until all three are done, and a done step is marked so.
class GettingStartedPanel : public QFrame
{
    Q_OBJECT
public:
    explicit GettingStartedPanel(QWidget *parent = nullptr);

    // Which steps are done: an organisation, a worker, a request exist.
    void setDone(bool organisation, bool worker, bool request);
    bool isDone(int step) const { return m_done[step]; }
    bool allDone() const { return m_done[0] && m_done[1] && m_done[2]; }

signals:
    void pageRequested(Kohtaamo::Page page);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Step
    {
        QLabel *number = nullptr;
        QLabel *title = nullptr;
        QLabel *text = nullptr;
        QPushButton *button = nullptr;
    };

    void addStep(int row, Page page);
    void retranslateUi();
    void showDone();

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_demo = nullptr;
    QGridLayout *m_grid = nullptr;
    Step m_steps[3];
    bool m_done[3] = { false, false, false };
};

} // namespace Kohtaamo
