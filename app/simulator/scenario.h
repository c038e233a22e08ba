// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace omsdash::sim {

/// A deterministic, evolving set of migrations for the simulator. Every answer is a pure
/// function of (seed, simulated seconds, wall-clock time for timestamps): the same inputs
/// give the same JSON. Simulated time runs at speed() times the wall clock.
///
/// The JSON is built here from the field names documented in shared/api (REFERENCE.md and
/// the vendor pages), deliberately without the app's decoders, so a field misread on one
/// side is not hidden by the same mistake on the other.
class Scenario
{
public:
    /// Which instance's projects this scenario serves.
    enum class Slice {
        All,        ///< omsdash-sim on one port: OmsPrimary, OmsLegacy and Drs together
        OmsPrimary, ///< OMS 4 projects of "production"
        OmsLegacy,  ///< OMS 3.3 sync projects
        Drs,        ///< the DRS job
        OmsStaging, ///< OMS 4 projects of "staging" (a rehearsal), served over HTTPS by the fleet
    };

    enum class Kind {
        FullNearBaseline, FullBelowBaseline, IncrMonitoring, FailedSchema, Suspended,
        Finished, Verifying, Precheck, Filler, LegacyIncr, LegacyFull,
    };

    struct Project
    {
        QString id;
        QString name;
        QString type;       ///< MIGRATION / SYNC
        QString source;     ///< sourceEndpointType
        QString sink;       ///< sinkEndpointType
        QString importance; ///< alarm level
        Kind kind;
        qint64 capacity;    ///< rows of the full migration
        int tables;         ///< tables under full verification
        Slice home = Slice::OmsPrimary; ///< the instance it belongs to
    };

    /// The story's second at which a simulator starts: an hour and a half in, mid-migration.
    static constexpr double StartSeconds = 5400;

    /// A scripted incident, so the demo shows alerts in its first minutes and tests can drive
    /// every alert rule at known simulated times.
    struct Incident
    {
        enum class Kind {
            ProjectFails,  ///< the project and its current step FAILED (with an error), then it resumes
            LatencySpike,  ///< incremental latency rises by latencySeconds (a smooth bump)
            InstanceDown,  ///< the instance of @p slice answers 503 to everything
        };
        Kind kind = Kind::ProjectFails;
        QString projectId;     ///< ProjectFails, LatencySpike
        Slice slice = Slice::All; ///< InstanceDown
        double startSeconds = 0;  ///< simulated s after the simulator started (StartSeconds)
        double durationSeconds = 0;
        double latencySeconds = 0; ///< LatencySpike: the bump's height, s

        /// Simulated seconds since it began, at the story's second @p t (negative before).
        double since(double t) const { return t - StartSeconds - startSeconds; }
        bool activeAt(double t) const { return since(t) >= 0 && since(t) < durationSeconds; }
    };
    /// The demo's script: at 45 s ledger sync (OMS 3.3, HIGH) lags by up to 150 s for 2.5 min;
    /// at 90 s billing (OMS 4, MEDIUM) fails in full migration for 4 min; at 150 s the
    /// staging instance is down for 90 s.
    static QList<Incident> demoIncidents();

    explicit Scenario(Slice slice = Slice::All, quint32 seed = 20261121, double speed = 1.0);

    /// Plays @p incidents (those about this slice's projects and instance).
    void setIncidents(const QList<Incident> &incidents) { m_incidents = incidents; }
    /// Whether an InstanceDown incident of this slice holds at simulated time @p t.
    bool downAt(double t) const;

    Slice slice() const { return m_slice; }
    double speed() const { return m_speed; }
    void setSpeed(double speed) { m_speed = speed; }

    /// Freezes time for tests: simulated seconds and the wall clock's UTC "now".
    void freeze(double simulatedSeconds, const QDateTime &nowUtc);
    double simulatedSeconds() const;
    QDateTime nowUtc() const;
    /// Wall-clock time the story began (simulated second 0); steps hang off it.
    QDateTime storyStart() const;

    /// ListProjects rows without their `steps`, as some servers send them (the steps then
    /// come only from DescribeProjectSteps).
    void setListWithoutSteps(bool without) { m_listWithoutSteps = without; }

    /// Adds @p count plain running projects (OMS 4), to exercise ListProjects paging.
    void addFillerProjects(int count);

    QList<Project> oms4Projects() const;
    QList<Project> oms3Projects() const;
    /// The DRS migration job in full migration, with drsTableCount() tables.
    QString drsJobId() const { return QStringLiteral("8d0e8e36-a618-490d-8a46-8c61ac9jb502"); }
    int drsTableCount() const { return m_drsTables; }
    /// The migration job's tables from now on (default 2,500): benchmarks of large jobs.
    void setDrsTableCount(int count) { m_drsTables = count; }
    /// The DRS synchronization job in incremental synchronization, with 40 tables.
    QString drsSyncJobId() const { return QStringLiteral("c3f1a7d2-6e4b-4f0a-9b8e-2d5c7a1ejb11"); }
    /// Every DRS job this scenario serves (none outside Slice::All and Slice::Drs).
    QStringList drsJobIds() const;

    // --- OMS 4 actions: full envelopes -----------------------------------------------
    QJsonObject listProjects(int pageNumber, int pageSize) const;
    /// nullopt-like: an envelope with success:false when the id is unknown.
    QJsonObject describeProjectProgress(const QString &id) const;
    QJsonObject describeProjectSteps(const QString &id) const;
    /// DescribeProjectComponents (REFERENCE.md §1.5): a Store, a Full-Import, an Incr-Sync
    /// once incremental runs, a verifier while verifying, with the project's own numbers.
    QJsonObject describeProjectComponents(const QString &id) const;
    QJsonObject listProjectFullVerifyResult(const QString &id, int pageNumber, int pageSize) const;
    /// The server's history of the step the project is in (others: no series), one point
    /// per (end - begin) / maxPointNum from the story's start; RPS and IOPS as a SOURCE and
    /// a SINK series (tags {"role": ...}); timestamps in Unix s. A range under one hour is
    /// refused with PARAM_ERROR, as documented.
    QJsonObject describeProjectStepMetric(const QString &id, const QString &stepName, const QString &metricType,
                                          qint64 beginSeconds, qint64 endSeconds, int maxPointNum) const;

    // --- OMS 3.3 ---------------------------------------------------------------------
    QJsonObject syncProgress(const QString &id) const;

    // --- DRS -------------------------------------------------------------------------
    QJsonObject drsBatchProgress(const QStringList &jobIds) const;
    /// v3 `POST /v3/{project_id}/jobs`: the jobs of @p dbUseType ("migration", "sync"), one
    /// page of @p perPage from 1-based @p curPage, only those whose id is in @p names when given.
    QJsonObject drsJobList(const QString &dbUseType, int curPage, int perPage, const QStringList &names) const;
    /// v5 `GET /v5/{project_id}/jobs/{job_id}?type=progress`; {} when the job is unknown.
    QJsonObject drsJobProgressDetail(const QString &jobId) const;
    /// v5 `GET /v5/{project_id}/jobs/{job_id}/monitor-data`; {} when the job is unknown.
    QJsonObject drsMonitorData(const QString &jobId) const;
    /// progress-data/table; {} when the job is unknown.
    QJsonObject drsProgressData(const QString &jobId, int offset, int limit) const;

    /// Incremental latency of an incremental project at simulated time @p t, seconds: a wave,
    /// a one-minute spike every ten minutes (shifted by @p phaseSeconds), and any LatencySpike.
    double latencyAt(const Project &p, double t, double phaseSeconds = 0) const;
    /// A DRS job's batch-progress result (v3 key spelling) or v5 progress_info ("incr_").
    QJsonObject drsProgressInfo(const QString &id, double t, bool v5) const;
    /// Full migration percent of @p p at @p t (0..100).
    double fullPercentAt(const Project &p, double t) const;

private:
    const Project *find(const QString &id) const;
    QJsonObject envelope(const QJsonValue &data, qint64 totalCount = -1, int pageNumber = -1,
                         int pageSize = -1) const;
    QJsonObject errorEnvelope(const QString &code, const QString &message) const;
    QJsonArray steps(const Project &p, double t) const;
    QJsonObject project(const Project &p, double t) const;
    QString status(const Project &p, double t) const;
    /// The ProjectFails incident of @p p active at @p t, or nullptr.
    const Incident *failing(const Project &p, double t) const;
    QString currentStep(const Project &p, double t) const;
    double noise(quint64 key, double x) const;
    /// FULL_TRANSFER (step 3) / FULL_VERIFIER (step 6) rates at simulated time t.
    double rpsBaseline(const Project &p, int stepIndex) const;
    double rpsAt(const Project &p, int stepIndex, double t) const;
    double rtAt(const Project &p, int stepIndex, double t) const;

    Slice m_slice;
    quint32 m_seed;
    double m_speed;
    QList<Project> m_projects;
    QList<Incident> m_incidents;
    bool m_listWithoutSteps = false;
    int m_drsTables = 2500;
    QDateTime m_origin; ///< wall clock at construction
    bool m_frozen = false;
    double m_frozenSeconds = 0;
    QDateTime m_frozenNow;
};

} // namespace omsdash::sim
