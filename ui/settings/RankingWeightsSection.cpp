#include "RankingWeightsSection.h"

#include "undo/SettingsUndo.h"

#include "RankingWeightTexts.h"
#include "SectionMessage.h"
#include "office/OfficeService.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace Kohtaamo {

using Key = RankingWeights::Key;

RankingWeightsSection::RankingWeightsSection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);

    auto *scroll = new QScrollArea(body());
    scroll->setObjectName(QStringLiteral("weightsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 8, 0);
    gridLayout->setHorizontalSpacing(12);
    gridLayout->setVerticalSpacing(6);
    gridLayout->setColumnStretch(2, 1);

    int gridRow = 0;
    QString previousGroup;
    for (int i = 0; i < RankingWeights::kKeyCount; ++i) {
        const auto key = static_cast<Key>(i);
        // A score part's heading before its first weight (the keys are ordered by part).
        const QString group = RankingWeightTexts::group(key);
        if (group != previousGroup) {
            previousGroup = group;
            auto *heading = new QLabel(grid);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            gridLayout->addWidget(heading, gridRow++, 0, 1, 3);
            m_groupLabels.append(heading);
            m_groupFirst.append(key);
        }
        Row row;
        row.label = new QLabel(grid);
        row.label->setWordWrap(true);
        row.input = new QDoubleSpinBox(grid);
        row.input->setObjectName(QStringLiteral("weight_") + RankingWeights::keyName(key));
        row.input->setRange(RankingWeights::minimum(key), RankingWeights::maximum(key));
        row.input->setDecimals(0);
        row.input->setAlignment(Qt::AlignRight);
        row.input->setMinimumWidth(row.input->fontMetrics().horizontalAdvance(QStringLiteral("00000 points")) + 40);
        row.input->installEventFilter(this);
        row.label->setBuddy(row.input);
        row.explanation = new QLabel(grid);
        row.explanation->setWordWrap(true);
        row.explanation->setTextFormat(Qt::PlainText);
        row.explanation->setForegroundRole(QPalette::PlaceholderText);
        gridLayout->addWidget(row.label, gridRow, 0, Qt::AlignTop);
        gridLayout->addWidget(row.input, gridRow, 1, Qt::AlignTop);
        gridLayout->addWidget(row.explanation, gridRow, 2, Qt::AlignTop);
        ++gridRow;
        connect(row.input, &QDoubleSpinBox::valueChanged, this, [this] {
            if (!m_showing) {
                m_message->clear();
                updateButtons();
            }
        });
        m_rows.append(row);
    }
    gridLayout->setRowStretch(gridRow, 1);
    gridLayout->setColumnMinimumWidth(0, 220);
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    m_message = new SectionMessage(body());
    m_message->setObjectName(QStringLiteral("weightsMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_defaults = new QPushButton(body());
    m_defaults->setObjectName(QStringLiteral("restoreDefaultsButton"));
    buttons->addWidget(m_defaults);
    buttons->addStretch(1);
    m_revert = new QPushButton(body());
    m_revert->setObjectName(QStringLiteral("revertWeightsButton"));
    buttons->addWidget(m_revert);
    m_save = new QPushButton(body());
    m_save->setObjectName(QStringLiteral("saveWeightsButton"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &RankingWeightsSection::save);
    connect(m_revert, &QPushButton::clicked, this, &RankingWeightsSection::revert);
    connect(m_defaults, &QPushButton::clicked, this, &RankingWeightsSection::restoreDefaults);

    retranslateUi();
    setOffice(nullptr);
}

QString RankingWeightsSection::title() const
{
    return tr("Ranking weights");
}

void RankingWeightsSection::retranslateUi()
{
    setIntroduction(tr("How the candidate list is ranked: the points each kind of fit earns and what protects a "
                       "worker from too much work. The changes apply to every coordinator from their next "
                       "candidate list."));
    for (int i = 0; i < m_groupLabels.size(); ++i)
        m_groupLabels[i]->setText(RankingWeightTexts::group(m_groupFirst.at(i)));
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto key = static_cast<Key>(i);
        const Row &row = m_rows.at(i);
        const QString explanation = RankingWeightTexts::explanation(key);
        row.label->setText(tr("%1:", "a weight's label before its input").arg(RankingWeights::label(key)));
        row.explanation->setText(explanation);
        row.input->setSuffix(RankingWeightTexts::suffix(RankingWeightTexts::unit(key)));
        row.input->setAccessibleName(RankingWeights::label(key));
        const QString range = tr("From %1 to %2; the default is %3.")
                                  .arg(QLocale().toString(RankingWeights::minimum(key)),
                                       QLocale().toString(RankingWeights::maximum(key)),
                                       QLocale().toString(RankingWeights::defaultValue(key)));
        row.input->setAccessibleDescription(explanation + QLatin1Char(' ') + range);
        row.input->setToolTip(range);
    }
    m_save->setText(tr("&Save Weights"));
    m_save->setAccessibleName(tr("Save the ranking weights"));
    m_save->setAccessibleDescription(tr("Stores the weights for every coordinator (Enter in a weight)"));
    m_revert->setText(tr("&Undo Changes"));
    m_revert->setAccessibleName(tr("Undo the unsaved changes to the weights"));
    m_revert->setAccessibleDescription(tr("Puts back the stored weights (Escape in a weight)"));
    m_defaults->setText(tr("Restore &Defaults…"));
    m_defaults->setAccessibleName(tr("Restore the default ranking weights"));
    m_defaults->setAccessibleDescription(
        tr("Asks first, then puts every weight back to the value Kohtaamo comes with"));
}

void RankingWeightsSection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    m_message->clear();
    m_stored = RankingWeights::defaults();
    if (office) {
        connect(office, &OfficeService::changed, this, &RankingWeightsSection::onChanged);
        reload();
    } else {
        show(RankingWeights::defaults());
    }
    updateButtons();
}

void RankingWeightsSection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Coordinator))
        updateButtons(); // an admin may have changed this coordinator's role
    if (m_saving || !change.touches(OfficeChange::Kind::Settings, OfficeService::kRankingWeightsRecord))
        return;
    // Values being edited stay: their save then meets the other change as a conflict.
    if (!hasUnsavedChanges())
        reload();
    emit weightsSaved();
}

bool RankingWeightsSection::mayChange() const
{
    return m_office && m_office->isAdmin();
}

void RankingWeightsSection::reload()
{
    if (!m_office)
        return;
    m_message->clear();
    auto loaded = m_office->rankingWeights();
    if (!loaded) {
        m_message->show(SectionMessage::Kind::Problem,
                        tr("The ranking weights could not be read: %1").arg(loaded.error().message), tr("&Try Again"),
                        [this] { reload(); });
        return;
    }
    m_stored = *loaded;
    show(m_stored);
}

void RankingWeightsSection::show(const RankingWeights &weights)
{
    m_showing = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        const double value = weights.value(static_cast<Key>(i));
        // Whole numbers as whole numbers; a stored fraction is shown (and kept) as it is.
        m_rows[i].input->setDecimals(std::floor(value) == value ? 0 : 2);
        m_rows[i].input->setValue(value);
    }
    m_showing = false;
    updateButtons();
}

RankingWeights RankingWeightsSection::entered() const
{
    RankingWeights w = m_stored;
    for (int i = 0; i < m_rows.size(); ++i)
        w.setValue(static_cast<Key>(i), m_rows.at(i).input->value());
    return w;
}

bool RankingWeightsSection::hasUnsavedChanges() const
{
    return m_office && !entered().sameValues(m_stored);
}

QDoubleSpinBox *RankingWeightsSection::input(Key key) const
{
    return m_rows.at(static_cast<int>(key)).input;
}

void RankingWeightsSection::updateButtons()
{
    const bool may = mayChange();
    const bool changed = hasUnsavedChanges();
    m_save->setEnabled(may && changed);
    m_revert->setEnabled(changed);
    m_defaults->setEnabled(
        may && !(entered().sameValues(RankingWeights::defaults()) && m_stored.sameValues(RankingWeights::defaults())));
    const QString why = !m_office || may ? QString() : tr("Only an admin can change the ranking weights.");
    for (const Row &row : std::as_const(m_rows))
        row.input->setEnabled(may);
    m_save->setToolTip(why);
    m_defaults->setToolTip(why);
}

void RankingWeightsSection::showConflict(const QString &text)
{
    m_message->show(SectionMessage::Kind::Problem, text, tr("&Reload Weights"), [this] { reload(); });
}

bool RankingWeightsSection::save()
{
    if (!mayChange() || !hasUnsavedChanges())
        return false;
    const RankingWeights weights = entered();
    if (Status s = weights.validate(); !s) {
        m_message->show(SectionMessage::Kind::Problem, s.error().message);
        return false;
    }
    const RankingWeights before = m_stored;
    Result<RankingWeights> saved = Error();
    {
        QScopedValueRollback<bool> saving(m_saving, true);
        saved = m_office->saveRankingWeights(weights);
    }
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict)
            showConflict(saved.error().message);
        else
            m_message->show(SectionMessage::Kind::Problem,
                            tr("The weights were not saved: %1").arg(saved.error().message));
        return false;
    }
    m_stored = *saved;
    show(m_stored);
    m_message->show(SectionMessage::Kind::Information, tr("The weights are saved."));
    pushUndo(before);
    emit weightsSaved();
    return true;
}

void RankingWeightsSection::pushUndo(const RankingWeights &before)
{
    if (!m_undoStack || before.sameValues(m_stored))
        return;
    // The undo step's own save is announced by the office service (onChanged); then the step shows what is stored.
    m_undoStack->push(SettingsUndo::weights(*m_office, before, m_stored, this, [this] { reload(); }));
}

bool RankingWeightsSection::restoreDefaults()
{
    if (!mayChange())
        return false;
    QMessageBox ask(QMessageBox::Question, tr("Restore Default Weights"),
                    tr("Put every ranking weight back to the value Kohtaamo comes with?"), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("confirmRestoreDefaults"));
    ask.setInformativeText(tr("This changes the ranking for every coordinator. Unsaved changes are dropped."));
    QPushButton *restore = ask.addButton(tr("&Restore Defaults"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restore"));
    ask.addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != restore)
        return false;

    const RankingWeights before = m_stored;
    Result<RankingWeights> saved = Error();
    {
        QScopedValueRollback<bool> saving(m_saving, true);
        saved = m_office->restoreDefaultRankingWeights(m_stored.version());
    }
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict)
            showConflict(saved.error().message);
        else
            m_message->show(SectionMessage::Kind::Problem,
                            tr("The defaults were not restored: %1").arg(saved.error().message));
        return false;
    }
    m_stored = *saved;
    show(m_stored);
    m_message->show(SectionMessage::Kind::Information, tr("Every weight is back at its default."));
    pushUndo(before);
    emit weightsSaved();
    return true;
}

void RankingWeightsSection::revert()
{
    m_message->clear();
    show(m_stored);
}

bool RankingWeightsSection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (auto *spin = qobject_cast<QDoubleSpinBox *>(watched))
                spin->interpretText();
            save();
            return true;
        }
        if (key->key() == Qt::Key_Escape && hasUnsavedChanges()) {
            revert();
            return true;
        }
    }
    return SettingsSection::eventFilter(watched, event);
}

} // namespace Kohtaamo
