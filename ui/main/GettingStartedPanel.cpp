#include "GettingStartedPanel.h"

#include "common/PageHeading.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const Page kStepPages[3] = { Page::Settings, Page::Workers, Page::Requests };
}

GettingStartedPanel::GettingStartedPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 22);
    layout->setSpacing(10);

    m_heading = new PageHeading(PageHeading::Level::Section, this);
    layout->addWidget(m_heading);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(18);
    m_grid->setColumnStretch(1, 1);
    layout->addSpacing(6);
    layout->addLayout(m_grid);
    for (int i = 0; i < 3; ++i)
        addStep(i, kStepPages[i]);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addSpacing(8);
    layout->addWidget(line);

    m_demo = new QLabel(this);
    m_demo->setObjectName(QStringLiteral("demoHint"));
    m_demo->setWordWrap(true);
    m_demo->setTextFormat(Qt::RichText);
    m_demo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_demo);

    retranslateUi();
}

void GettingStartedPanel::addStep(int row, Page page)
{
    QGridLayout *grid = m_grid;
    Step &step = m_steps[row];

    step.number = new QLabel(QString::number(row + 1), this);
    QFont numberFont = QApplication::font(this);
    numberFont.setBold(true);
    if (numberFont.pointSizeF() > 0)
        numberFont.setPointSizeF(numberFont.pointSizeF() * 1.6);
    step.number->setFont(numberFont);
    step.number->setForegroundRole(QPalette::Highlight);
    step.number->setMinimumWidth(step.number->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    step.number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(step.number, row, 0, Qt::AlignTop);

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    step.title = new QLabel(this);
    QFont bold = QApplication::font(this);
    bold.setBold(true);
    step.title->setFont(bold);
    step.title->setWordWrap(true);
    texts->addWidget(step.title);
    step.text = new QLabel(this);
    step.text->setWordWrap(true);
    texts->addWidget(step.text);
    grid->addLayout(texts, row, 1);

    step.button = new QPushButton(this);
    step.button->setObjectName(QStringLiteral("step%1Button").arg(row + 1));
    connect(step.button, &QPushButton::clicked, this, [this, page] { emit pageRequested(page); });
    grid->addWidget(step.button, row, 2, Qt::AlignTop);
}

void GettingStartedPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void GettingStartedPanel::retranslateUi()
{
    m_heading->setText(tr("Getting started"));

    m_steps[0].title->setText(tr("Add your organisation"));
    m_steps[0].text->setText(tr("Enter your own organisation and the member organisations whose experience workers "
                                "you coordinate."));
    m_steps[0].button->setText(tr("Open &Settings"));

    m_steps[1].title->setText(tr("Register the experience workers"));
    m_steps[1].text->setText(tr("For each worker: the experiences they speak from, the work they are willing to do, "
                                "when they are available, and the consents they have given."));
    m_steps[1].button->setText(tr("Open &Workers"));

    m_steps[2].title->setText(tr("Log the first request"));
    m_steps[2].text->setText(tr("When a professional asks for experience workers, log the request. Kohtaamo then "
                                "suggests whom to invite, and explains why."));
    m_steps[2].button->setText(tr("Open &Requests"));

    // The buttons line up: all as wide as the widest.
    int width = 0;
    for (const Step &step : m_steps) {
        step.button->setMinimumWidth(0);
        width = qMax(width, step.button->sizeHint().width());
    }
    for (const Step &step : m_steps) {
        step.button->setMinimumWidth(width);
        step.button->setAccessibleName(step.button->text().remove(QLatin1Char('&')));
        step.button->setAccessibleDescription(step.title->text());
    }

    showDone();
    m_demo->setText(tr("<b>Want to look around first?</b> Start Kohtaamo with <code>kohtaamo --demo</code> to open "
                       "a demo office with fictional workers and requests. The demo has a database of its own and is "
                       "never mixed with your data."));
}

void GettingStartedPanel::setDone(bool organisation, bool worker, bool request)
{
    m_done[0] = organisation;
    m_done[1] = worker;
    m_done[2] = request;
    showDone();
}

void GettingStartedPanel::showDone()
{
    const bool started = m_done[0] || m_done[1] || m_done[2];
    m_intro->setText(started ? tr("Your office is on its way. What is left of the three steps:")
                             : tr("This office is still empty. Three steps get it going:"));
    for (int i = 0; i < 3; ++i) {
        const Step &step = m_steps[i];
        // A done step keeps its button (more organisations, workers and requests come), marked with a check.
        step.number->setText(m_done[i] ? QStringLiteral("✓") : QString::number(i + 1));
        step.number->setAccessibleName(m_done[i] ? tr("Step %1, done").arg(i + 1) : tr("Step %1").arg(i + 1));
        step.title->setForegroundRole(m_done[i] ? QPalette::PlaceholderText : QPalette::WindowText);
        step.text->setVisible(!m_done[i]);
    }
}

} // namespace Kohtaamo
