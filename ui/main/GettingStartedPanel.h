#pragma once

#include "Page.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace Kohtaamo {

// What to do first in an empty database: add the organisation, register the workers with their consents, log the
// first request, or look around in the demo office first. Each step has a button to the page where it is done.
class GettingStartedPanel : public QFrame
{
    Q_OBJECT
public:
    explicit GettingStartedPanel(QWidget *parent = nullptr);

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

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_demo = nullptr;
    QGridLayout *m_grid = nullptr;
    Step m_steps[3];
};

} // namespace Kohtaamo
