#include "WorkerFilterBar.h"

#include "common/FlowLayout.h"
#include "common/ListRestriction.h"

#include "WorkerTexts.h"
#include "common/Translations.h"
#include "requests/TopicChoices.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Kohtaamo {

namespace {
using ConsentState = WorkerRegisterFilter::ConsentState;
using Minors = WorkerRegisterFilter::Minors;

// Keeps the chosen item (by its data) across a refill; the first item when it is gone.
template <typename Fill> void refill(QComboBox *combo, Fill &&fill)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    fill();
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}
} // namespace

WorkerFilterBar::WorkerFilterBar(QWidget *parent) : QWidget(parent)
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &WorkerFilterBar::emitIfChanged);

    m_searchLabel = new QLabel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { scheduleEmit(kSearchDelayMs); });
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setAutoDefault(false);
    connect(m_clear, &QPushButton::clicked, this, &WorkerFilterBar::clear);

    m_status = addCombo("status", &m_statusLabel);
    m_organisation = addCombo("organisation", &m_organisationLabel);
    m_topic = addCombo("topic", &m_topicLabel);
    TopicChoices::prepare(m_topic);
    m_language = addCombo("language", &m_languageLabel);
    m_region = addCombo("region", &m_regionLabel);
    m_consent = addCombo("consent", &m_consentLabel);
    m_minors = addCombo("minors", &m_minorsLabel);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(6);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_clear);
    layout->addWidget(m_searchLabel, 0, 0);
    layout->addLayout(searchRow, 0, 1);
    // Each label stays with its combo box; the pairs wrap to another line when the font is large or the language
    // long, so that the filters never make the page wider than the window (issue 19).
    const auto row = [this](std::initializer_list<std::pair<QLabel *, QComboBox *>> pairs) {
        auto *flow = new FlowLayout(nullptr, 14, 6);
        bool first = true;
        for (const auto &[label, combo] : pairs) {
            if (first) {
                flow->addWidget(combo);
                first = false;
                continue;
            }
            auto *pair = new QWidget(this);
            auto *h = new QHBoxLayout(pair);
            h->setContentsMargins(0, 0, 0, 0);
            h->setSpacing(6);
            h->addWidget(label);
            h->addWidget(combo);
            flow->addWidget(pair);
        }
        return flow;
    };
    layout->addWidget(m_statusLabel, 1, 0);
    layout->addLayout(
        row({ { m_statusLabel, m_status }, { m_organisationLabel, m_organisation }, { m_topicLabel, m_topic } }), 1, 1);
    auto *second = row({ { nullptr, m_language },
                         { m_regionLabel, m_region },
                         { m_consentLabel, m_consent },
                         { m_minorsLabel, m_minors } });
    layout->addWidget(m_languageLabel, 2, 0);
    layout->addLayout(second, 2, 1);
    // The pairs' boxes moved the combos to the end of the focus chain: the reading order again.
    QWidget::setTabOrder(m_status, m_organisation);
    QWidget::setTabOrder(m_organisation, m_topic);
    QWidget::setTabOrder(m_topic, m_language);
    QWidget::setTabOrder(m_language, m_region);
    QWidget::setTabOrder(m_region, m_consent);
    QWidget::setTabOrder(m_consent, m_minors);
    layout->setColumnStretch(1, 1);
    // The fixed choices are short in every language and are read whole ("Aktiva eller med paus",
    // "Minderåriga och vuxna"); only the office's own names (organisations, topics, regions) are elided.
    for (QComboBox *combo : { m_status, m_language, m_consent, m_minors })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_restriction = new ListRestriction(this);
    layout->addWidget(m_restriction, 3, 0, 1, 2);
    connect(m_restriction, &ListRestriction::cleared, this, &WorkerFilterBar::emitIfChanged);

    QWidget::setTabOrder(m_search, m_clear);
    QWidget *previous = m_clear;
    for (QWidget *w :
         { static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_organisation), static_cast<QWidget *>(m_topic),
           static_cast<QWidget *>(m_language), static_cast<QWidget *>(m_region), static_cast<QWidget *>(m_consent),
           static_cast<QWidget *>(m_minors) }) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
    retranslateUi();
    m_emitted = filter();
    m_clear->setEnabled(false);
}

QComboBox *WorkerFilterBar::addCombo(const char *name, QLabel **label)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QLatin1String(name));
    // Long organisation and topic names are elided in the closed box (the open list shows them whole), so the page
    // fits a 1280-pixel screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    *label = new QLabel(this);
    (*label)->setBuddy(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { scheduleEmit(0); });
    return combo;
}

QWidget *WorkerFilterBar::lastInTabOrder() const
{
    return m_minors;
}

void WorkerFilterBar::setChoices(const QVector<Organisation> &organisations, const QVector<Topic> &topics,
                                 const QStringList &languages, const QStringList &regions)
{
    m_organisations = organisations;
    m_topics = topics;
    m_languages = languages;
    m_regions = regions;
    fillChoices();
    scheduleEmit(0); // a choice that is gone falls back to "all"
}

void WorkerFilterBar::fillChoices()
{
    refill(m_organisation, [this] {
        m_organisation->addItem(tr("All organisations"), qint64(0));
        for (const Organisation &o : std::as_const(m_organisations))
            m_organisation->addItem(o.name, o.id);
    });
    TopicChoices::fill(m_topic, m_topics, Translations::currentLanguage(), tr("All topics"), tr("%1 (retired)"));
    refill(m_language, [this] {
        m_language->addItem(tr("All languages"), QString());
        for (const QString &code : std::as_const(m_languages)) {
            const QString name = QLocale::languageToString(QLocale(code).language());
            m_language->addItem(tr("%1 (%2)", "language name (code)").arg(name, code), code);
        }
    });
    refill(m_region, [this] {
        m_region->addItem(tr("All regions"), QString());
        for (const QString &region : std::as_const(m_regions))
            m_region->addItem(region, region);
    });
}

void WorkerFilterBar::fillFixedChoices()
{
    refill(m_status, [this] {
        m_status->addItem(tr("Active or on a break"),
                          QStringList { toCode(WorkerStatus::Active), toCode(WorkerStatus::OnBreak) });
        m_status->addItem(tr("All statuses"), QStringList());
        for (const auto &entry : kWorkerStatusCodes)
            m_status->addItem(WorkerTexts::status(entry.first), QStringList { QLatin1String(entry.second) });
    });
    refill(m_consent, [this] {
        m_consent->addItem(tr("Any consent state"), int(ConsentState::Any));
        m_consent->addItem(tr("Consent valid"), int(ConsentState::Valid));
        m_consent->addItem(tr("Consent expiring within %1 days").arg(WorkerRegisterFilter::kExpiringDays),
                           int(ConsentState::ExpiringSoon));
        m_consent->addItem(tr("No valid consent"), int(ConsentState::Missing));
    });
    refill(m_minors, [this] {
        m_minors->addItem(tr("Minors and adults"), int(Minors::Any));
        m_minors->addItem(tr("Only minors"), int(Minors::OnlyMinors));
        m_minors->addItem(tr("No minors"), int(Minors::NoMinors));
    });
}

WorkerRegisterFilter WorkerFilterBar::filter() const
{
    WorkerRegisterFilter f;
    f.text = m_search->text().simplified();
    for (const QString &code : m_status->currentData().toStringList()) {
        if (const auto s = workerStatusFromCode(code))
            f.statuses << *s;
    }
    f.organisationId = m_organisation->currentData().toLongLong();
    f.topicId = m_topic->currentData().toLongLong();
    f.language = m_language->currentData().toString();
    f.region = m_region->currentData().toString();
    f.consent = ConsentState(m_consent->currentData().toInt());
    f.minors = Minors(m_minors->currentData().toInt());
    f.ids = m_restriction->ids();
    f.idsTitle = m_restriction->title();
    return f;
}

void WorkerFilterBar::clear()
{
    setRestriction({}, {});
}

void WorkerFilterBar::setRestriction(const QVector<qint64> &ids, const QString &title)
{
    for (QComboBox *combo : { m_status, m_organisation, m_topic, m_language, m_region, m_consent, m_minors }) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_restriction->setRestriction(ids, title);
    emitIfChanged();
}

void WorkerFilterBar::scheduleEmit(int delayMs)
{
    m_delay.start(delayMs);
}

void WorkerFilterBar::emitIfChanged()
{
    m_delay.stop();
    const WorkerRegisterFilter now = filter();
    // "Active or on a break" is where the register starts; clearing goes back to it.
    WorkerRegisterFilter start;
    start.statuses = { WorkerStatus::Active, WorkerStatus::OnBreak };
    m_clear->setEnabled(now != start);
    if (now == m_emitted)
        return;
    m_emitted = now;
    emit filterChanged(now);
}

void WorkerFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WorkerFilterBar::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("Name, e-mail, phone, municipality or region"));
    m_search->setAccessibleName(tr("Search workers"));
    m_search->setAccessibleDescription(tr("Shows the workers whose name, e-mail, phone, municipality or home region "
                                          "contains every word typed"));
    m_clear->setText(tr("&Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_statusLabel->setText(tr("Sho&w:"));
    m_status->setAccessibleName(tr("Status"));
    m_organisationLabel->setText(tr("Or&ganisation:"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_topicLabel->setText(tr("E&xperience of:"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setAccessibleDescription(tr("Shows the workers with experience of this topic or a narrower one"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_regionLabel->setText(tr("&Region:"));
    m_region->setAccessibleName(tr("Region"));
    m_region->setAccessibleDescription(tr("Home region or a region the worker covers"));
    m_consentLabel->setText(tr("C&onsent:"));
    m_consent->setAccessibleName(tr("Consent state"));
    m_minorsLabel->setText(tr("&Age:"));
    m_minors->setAccessibleName(tr("Minors"));
    fillFixedChoices();
    fillChoices();
}

} // namespace Kohtaamo
