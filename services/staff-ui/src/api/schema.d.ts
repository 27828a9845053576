// Generated from the platform's OpenAPI document by services/staff-ui/scripts/generate-api-schema.mjs.
// Do not edit: run `npm run ui:api` at the repository root.

export interface paths {
    "/api/accounting/account-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Slurm accounts mapped to allocations by accounting officers; by system; paginated */
        get: operations["accounting.listSlurmAccountMappings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/account-mappings/{system}/{account}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Charge a Slurm account that is not a project id to an allocation on the same system (project ids match their account whatever the case); records already flagged under it are charged by the next reassessment */
        put: operations["accounting.mapSlurmAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocations with their balances, filtered by organisation, status, mode and system; paginated */
        get: operations["accounting.listAllocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation's balance, monthly burn against quota, energy, estimated FLOP, alerts; ETag = stream revision */
        get: operations["accounting.getAllocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/allocations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the allocation's account in order, with who acted, in which role, and when */
        get: operations["accounting.getAllocationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/allocations/{id}/job-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The job records of an allocation (charged, and flagged while it was suspended or closed), latest end first; paginated. A site reads those of its systems only */
        get: operations["accounting.listAllocationJobRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The accounting configuration in force; ETag = revision of its stream */
        get: operations["accounting.getConfiguration"];
        /** Replace the accounting configuration (billing rules, peak FLOP/s, thresholds, overuse and underuse policy) */
        put: operations["accounting.changeConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/configuration/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the configuration: who changed it in which role, when, what it put in force, and why */
        get: operations["accounting.getConfigurationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage imports, newest first, with their counts; filtered by system and source; paginated. A site sees only its own */
        get: operations["accounting.listImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import's full report: rejected lines, flagged records, what was charged where; another site's import is not found */
        get: operations["accounting.getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/record-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job records re-sent with other figures than the ones kept: not charged, listed for review */
        get: operations["accounting.listRecordConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/sites/{siteId}/usage-checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last checkpoint a site's agent sent with a usage batch, committed with that batch: where a restarted agent resumes. A site reads only its own */
        get: operations["accounting.getUsageCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/unassigned-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job records kept but not charged (unknown, suspended or closed allocation, no billing rule, a record that cannot be real, outside the allocation's dates or in the future), newest received first (sort: by the time received, oldest or newest first) */
        get: operations["accounting.listUnassignedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/unassigned-records/reassess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge flagged records whose allocation is now known and active, or whose partition now has a billing rule (up to 20,000 per call) */
        post: operations["accounting.reassessRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Job records from a site (only for the systems it hosts), or from an accounting officer on a named site's behalf, as JSON; each (system, jobId) counts once however often it is sent */
        post: operations["accounting.recordUsage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounting/usage/sacct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import `sacct --parsable2` output (text/plain) from the site hosting the system, or from an accounting officer on a named site's behalf (`siteId`); good lines are taken, bad ones listed with line number and reason */
        post: operations["accounting.importSacct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/rebuild/{service}/{projection}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last rebuild of a read model since the platform started: its state and progress */
        get: operations["admin.getReadModelRebuild"];
        put?: never;
        /** Rebuilds a read model from the events in a shadow schema, then swaps it in; readers see the old one until then (ADR 31) */
        post: operations["admin.rebuildReadModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocations, filtered and paginated; an applicant sees only their organisation's, a site (or its technical assessor) only its systems' */
        get: operations["allocation.listAllocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation as it stands; ETag = stream revision */
        get: operations["allocation.getAllocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/early-closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an allocation before its end date, or revoke it (staff); its capacity goes back to the pool at once */
        post: operations["allocation.closeAllocationEarly"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/final-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The final report after closure: results, energy, compute, acknowledgement of EuroHPC; lifts a bar it caused */
        post: operations["allocation.submitFinalReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the allocation, with who acted, in which role, and when */
        get: operations["allocation.getAllocationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The allocation's members (site user names). The organisation's applicant, the site hosting its system, programme staff, auditors */
        get: operations["allocation.getMembers"];
        /** Sets the allocation's members (site user names, the whole list); the hosting site is ordered to match. The organisation's applicant or programme staff */
        put: operations["allocation.setMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/provisioning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The hosting site confirms the project account: the allocation becomes active (its end date stays); only the site hosting its system */
        post: operations["allocation.confirmProvisioning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/resumption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the committee's suspension reasons (overuse, staff decision); active once none remains, governance's reason stays until governance reinstates */
        post: operations["allocation.resumeAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/allocations/{id}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an allocation (staff) */
        post: operations["allocation.suspendAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications in allocation (held, queued, awarded, not funded...), filtered and paginated, with their time to access; a site (or its technical assessor) sees only its systems' */
        get: operations["allocation.listApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application as allocation sees it; ETag = stream revision */
        get: operations["allocation.getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the application in allocation, with who acted, in which role, and when */
        get: operations["allocation.getApplicationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/applications/{id}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Peer-review scores of a Large Scale application (each 1 to 5); a later scoring replaces an earlier one until the cut-off */
        post: operations["allocation.scoreApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/applications/{id}/technical-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The hosting site's technical assessment: accepted, accepted-with-remarks or rejected; only an assessor of the site hosting the system */
        post: operations["allocation.assessApplicationTechnically"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls, newest first */
        get: operations["allocation.listCalls"];
        put?: never;
        /** Open a Large Scale call; each cut-off becomes a persisted deadline */
        post: operations["allocation.openCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call and its cut-offs; ETag = stream revision */
        get: operations["allocation.getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/calls/{id}/cut-offs/{index}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ranking recorded at a cut-off: weighted score, outcome and GPU-hours awarded */
        get: operations["allocation.getCutOffRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/calls/{id}/cut-offs/{index}/ranking-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The committee's order for a cut-off not yet passed; the cut-off awards in this order (ADR 35) */
        post: operations["allocation.setRankingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/calls/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the call in order (opened, each cut-off run), with who acted, in which role, and when; paginated */
        get: operations["allocation.getCallHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/capacity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capacity per partition, pool and month: configured, held, awarded and free GPU-hours */
        get: operations["allocation.getCapacity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/capacity/{system}/{partition}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of a partition's capacity ledger in order (holds, awards, releases), with who acted, in which role, and when; a technical assessor only for its site's systems; paginated */
        get: operations["allocation.getCapacityLedgerHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme numbers allocation works with; ETag = configuration revision */
        get: operations["allocation.getConfiguration"];
        /** Replace the configuration (validated; recorded as an event) */
        put: operations["allocation.changeConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/configuration/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the configuration: who changed it in which role, when, what it put in force, and why */
        get: operations["allocation.getConfigurationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Capacity holds, newest first, by status and partition; a technical assessor sees only its site's systems' */
        get: operations["allocation.listHolds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/organisations/{id}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's allocations (a site: those on its systems) and whether it is barred for an overdue final report */
        get: operations["allocation.getOrganisationStanding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The waiting queue of each partition, first come first served; a technical assessor sees only its site's systems' */
        get: operations["allocation.listQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/site-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every site's orders in the order issued (sort=newest: the last issued first; status=failed: what the sites could not do, with their error). Programme staff, auditors */
        get: operations["allocation.listAllSiteOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/sites/{siteId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A hosting site's orders in the order issued (sort=newest: the last issued first); its agent sees an order once every earlier order of the project is done. The site itself, programme staff, auditors */
        get: operations["allocation.listSiteOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/sites/{siteId}/orders/{orderId}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The site reports the outcome of an order; the same acknowledgement again changes nothing. A create-project done confirms provisioning. The site itself only */
        post: operations["allocation.acknowledgeSiteOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/sites/{siteId}/orders/{orderId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A failed order becomes pending again (attempt + 1), for the site's agent to apply. Programme staff */
        post: operations["allocation.retrySiteOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/allocation/time-to-access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time to access per mode against its target: awards, activations, average working days, share within target */
        get: operations["allocation.getTimeToAccess"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Applications, newest first (sort: by the time of the last change, oldest or newest first), filtered by status, mode and organisation; paginated. Applicants: their own; reviewers: those they are cleared on; chairs: none of their own organisation */
        get: operations["intake.listApplications"];
        put?: never;
        /** Start a draft application for an organisation */
        post: operations["intake.draftApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application as it stands; ETag = stream revision. Applicants: their own; reviewers: only while cleared on its ethics case; chairs: not of their own organisation */
        get: operations["intake.getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/amend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change a draft or a submitted application until screening starts */
        post: operations["intake.amendApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the application in order, with who acted, in which role, and when */
        get: operations["intake.getApplicationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the information the screening officer requested; screening resumes */
        post: operations["intake.provideInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The officer's screening decision: eligible, ineligible with reasons, or information requested */
        post: operations["intake.decideScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/screening/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start screening: runs the automatic eligibility rules; amendments stop here */
        post: operations["intake.startScreening"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a complete draft for eligibility screening */
        post: operations["intake.submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw an application (possible until award) */
        post: operations["intake.withdrawApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/decisions/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ethics decision or an allocation award, with what its maker saw: the application, the reviews or the capacity, as of the decision (auditors, administrators) */
        get: operations["audit.getDecision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/entities/{entityType}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entity as it stood at an instant, rebuilt from its events with its owning service's own evolve, and the last event applied (auditors, administrators) */
        get: operations["audit.getEntityAsOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signed audit bundle (JSON Lines: header, checkpoints, events as stored, signed manifest, end record) of every event or of those recorded in [from, to), streamed; check it offline with `hpc-audit verify --bundle` (auditors, administrators) */
        get: operations["audit.exportBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/ledger/checkpoints/{treeSize}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed checkpoint of one tree size (auditors, administrators) */
        get: operations["audit.getCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/ledger/checkpoints/latest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest signed checkpoint of the ledger (auditors, administrators) */
        get: operations["audit.getLatestCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/ledger/consistency-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proof that the older checkpoint is a prefix of the newer: nothing was rewritten between them (RFC 9162 consistency proof; auditors, administrators) */
        get: operations["audit.getConsistencyProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/ledger/events/{eventId}/inclusion-proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proof that an event is in a signed checkpoint (RFC 9162 inclusion proof), with its leaf data (auditors, administrators) */
        get: operations["audit.getInclusionProof"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/ledger/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public key checkpoints are signed with, and the keys rotated out (auditors, administrators; it is also logged at start) */
        get: operations["audit.getPublicKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of every service in ledger order, as stored (encrypted personal data as stored), with hash, previous hash and ledger index; filterable; paginated (auditors, administrators) */
        get: operations["audit.listTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenID Connect discovery of the development identity provider */
        get: operations["devIdentity.getOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The development provider's public signing keys */
        get: operations["devIdentity.getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dev/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A token for any role (embedded mode and demos only); 429 past the per-address limit */
        post: operations["devIdentity.issueToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases, newest opened first (sort: by the time opened, oldest or newest first), filtered by status, mode, organisation and assigned reviewer; paginated */
        get: operations["ethics.listCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case as the caller may see it (a reviewer: the dossier only after declaring no conflict); ETag = stream revision */
        get: operations["ethics.getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a registered reviewer; never one of the applicant organisation, nor the assigning chair */
        post: operations["ethics.assignReviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The chair's decision once the required reviews are in: cleared, cleared with conditions, information requested, or refused */
        post: operations["ethics.decideCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases/{id}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The assigned reviewer declares a conflict of interest (recused) or none (the dossier opens) */
        post: operations["ethics.declareConflict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the case in order, with who acted, in which role, and when */
        get: operations["ethics.getCaseHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/cases/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The reviewer rates every ethics-by-design principle with a comment for the applicant and, optionally, an internal one; one review each, final once submitted */
        post: operations["ethics.submitReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ethics review configuration; ETag = revision of the configuration stream */
        get: operations["ethics.getConfiguration"];
        /** Replace the configuration; recorded as an event; applies to cases opened and commands made from now on */
        put: operations["ethics.changeConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/configuration/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the configuration: who changed it in which role, when, what it put in force, and why */
        get: operations["ethics.getConfigurationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ethics/reviewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered reviewers by id, filtered by affiliation and expertise; paginated */
        get: operations["ethics.listReviewers"];
        put?: never;
        /** Register an ethics reviewer with their affiliation and expertise */
        post: operations["ethics.registerReviewer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/breach-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Breach reports, newest filed first (sort: by the time filed, oldest or newest first), filtered by status and organisation; paginated */
        get: operations["governance.listBreachReports"];
        put?: never;
        /** Report a suspected breach of the pledge; the governance officer decides it */
        post: operations["governance.fileBreachReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/breach-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One breach report and its decision; ETag = stream revision */
        get: operations["governance.getBreachReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/breach-reports/{reportId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm (PledgeBreached on the organisation, breachId = report id) or dismiss a report; not by who filed it */
        post: operations["governance.decideBreachReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/breach-reports/{reportId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the breach report in order (filed, decided), with who acted, in which role, and when; paginated */
        get: operations["governance.getBreachReportHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The governance numbers in force; ETag = revision of the configuration stream */
        get: operations["governance.getConfiguration"];
        /** Replace the governance numbers; each change is an event. Deadlines already scheduled keep their dates */
        put: operations["governance.changeConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/configuration/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the configuration: who changed it in which role, when, what it put in force, and why */
        get: operations["governance.getConfigurationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Obligations (ethics conditions) across organisations, the soonest due first; filtered by status, overdue, due before, organisation; paginated */
        get: operations["governance.listObligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisations' pledge status by organisation id (sort: by the time the pledge last changed, oldest or newest first), filtered by status, overdue, open breaches, suspension; paginated */
        get: operations["governance.listOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's pledge: signature, lapse, attestations, obligations, breaches, suspension; ETag = stream revision */
        get: operations["governance.getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The periodic attestation with evidence and declared compute and energy; figures off accounting's by more than the tolerance are flagged, not refused */
        post: operations["governance.submitAttestation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the organisation's pledge record in order, with who acted, in which role, and when */
        get: operations["governance.getOrganisationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/obligations/{obligationId}/acceptance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept the evidence: the obligation is fulfilled (ObligationFulfilled), remedying its breach if any */
        post: operations["governance.acceptObligationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/obligations/{obligationId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evidence that an ethics condition is met; the clock stops while it is reviewed */
        post: operations["governance.submitObligationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/obligations/{obligationId}/rejection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject the evidence; past the due date the obligation is overdue at once */
        post: operations["governance.rejectObligationEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/reinstatement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the suspension (AllocationsResumptionRequested) once every breach is remedied and the current pledge is signed */
        post: operations["governance.requestReinstatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/signatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organisation's representative (the caller) signs the current pledge version */
        post: operations["governance.signPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend every allocation of the organisation (AllocationsSuspensionRequested); needs an open breach or a pledge not in force */
        post: operations["governance.requestSuspension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/organisations/{organisationId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The organisation withdraws its pledge; attestations stop and the governance officer is expected to suspend its allocations */
        post: operations["governance.withdrawPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/pledge-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pledge versions, newest first, without their texts; paginated */
        get: operations["governance.listPledgeVersions"];
        put?: never;
        /** Publish a new pledge text; every organisation must sign it again by resignBy (now + the re-sign period) */
        post: operations["governance.publishPledgeVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/governance/pledge-versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pledge version with its full text; ETag = revision of the version list */
        get: operations["governance.getPledgeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The programme rules intake screens against: modes and limits, SME thresholds, countries, systems */
        get: operations["intake.getProgrammeConfiguration"];
        /** Replace the programme rules; the change is an event with its reason */
        put: operations["intake.changeProgrammeConfiguration"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/configuration/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the configuration: who changed it in which role, when, what it put in force, and why */
        get: operations["intake.getProgrammeConfigurationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries by e-mail and webhook with each attempt, newest change first (sort: by the last change, oldest or newest first), filtered by status and channel; paginated */
        get: operations["notifications.listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's notifications, unread first (or newest first), with the unread count; paginated */
        get: operations["notifications.listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/inbox/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of the caller's notifications read (for the caller only); 404 for one they may not see */
        post: operations["notifications.markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's address, language and channel choices */
        get: operations["notifications.getSubscription"];
        /** Set the caller's address, language and channels per kind (mandatory kinds stay on) */
        put: operations["notifications.setSubscription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/subscribers/{userId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a subscriber's address (irreversible); 404 for a person who never subscribed */
        post: operations["notifications.eraseSubscriber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An owner's webhook endpoints, oldest first: an applicant's organisation's, a site's own; staff name the owner */
        get: operations["notifications.listWebhookEndpoints"];
        put?: never;
        /** Register a webhook endpoint of an organisation (its applicants, programme staff) or a site (its token, administrators); the signing secret is in this answer only */
        post: operations["notifications.registerWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook endpoint (never its secret), with its revision as ETag */
        get: operations["notifications.getWebhookEndpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attempts to deliver to an endpoint, newest first, with each one's outcome; paginated */
        get: operations["notifications.listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop sending to an endpoint (its owner, or staff for it) */
        post: operations["notifications.disableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send to an endpoint again, also after it answered 410 Gone (its owner, or staff for it) */
        post: operations["notifications.enableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/webhooks/{id}/secret-rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown in this answer only; the previous one still signs beside it until previousSecretExpiresAt (its owner, or staff for it) */
        post: operations["notifications.rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a start-up or SME with its contact persons */
        post: operations["intake.registerOrganisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation with its contact persons (erased persons read as "[erased]"); names, e-mails and phones only for the organisation, intake officers and administrators */
        get: operations["intake.getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisations/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every event of the organisation in intake in order, with who acted, in which role, and when; contact persons' names, e-mails and phones only for those who read contacts; paginated */
        get: operations["intake.getOrganisationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{personId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a contact person's personal data (irreversible); 404 for a person never registered */
        post: operations["intake.erasePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: operations["health.live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready for traffic: every check up (a full disk turns it down until a write commits again) */
        get: operations["health.ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics (text exposition format 0.0.4); with METRICS_TOKEN set, wants that bearer token */
        get: operations["metrics.scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountingConfigurationDto: {
            overusePolicy: components["schemas"]["OverusePolicyDto"];
            partitions: components["schemas"]["PartitionBillingDto"][];
            /** @description Each hosting site's time zone; a site not listed must name its zone with each sacct upload (timeZone) */
            siteTimeZones?: components["schemas"]["SiteTimeZoneDto"][] | null;
            /**
             * @example [
             *       75,
             *       90,
             *       100
             *     ]
             */
            thresholdsPercent: number[];
            /** @example 70 */
            underuseSharePercent: number;
            usageChecks?: components["schemas"]["UsageChecksDto"] | null;
            /** @example 0.4 */
            utilisationFactor: number;
        };
        AccountingConfigurationView: {
            configuration: components["schemas"]["AccountingConfigurationDto"];
            /** @description Revision of the configuration stream; also the ETag */
            revision: number;
        };
        AccountSuspensionView: {
            reason: string;
            /** Format: date-time */
            since: string;
        };
        AllocationAccountHistoryView: {
            allocationId: string;
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        AllocationAccountView: {
            /** Format: date-time */
            activatedAt: string;
            allocationId: string;
            applicationId: string;
            awardedGpuHours: number;
            /** @description Awarded minus charged (negative on overuse) */
            balanceGpuHours: number;
            chargedGpuHours: number;
            /**
             * @description ISO 8601 date
             * @example 2027-05-09
             */
            end: string;
            energyKwh: number;
            /** @description GPU-hours x 3600 x peak FLOP/s x utilisation factor */
            estimatedTrainingFlop: number;
            /** @description GPU-hours awarded */
            gpuHours: number;
            /** @description Jobs charged */
            jobs: number;
            /** @description The mid-term review, once it ran */
            midTerm: components["schemas"]["MidTermReviewView"] | null;
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** @description Months with usage, earliest first */
            monthlyBurn: components["schemas"]["MonthlyBurnView"][];
            monthlyQuotaGpuHours: number;
            organisationId: string;
            overuse: components["schemas"]["OveruseView"] | null;
            /** @example lumi-g */
            partition: string;
            /**
             * @description The Slurm account jobs are charged to
             * @example EHPC-AIF-2026PG01-0001
             */
            projectId: string;
            /** @description Stream revision; also the ETag */
            revision: number;
            /**
             * @description ISO 8601 date
             * @example 2026-11-09
             */
            start: string;
            /** @enum {string} */
            status: "active" | "suspended" | "closed";
            suspension: components["schemas"]["AccountSuspensionView"] | null;
            /** @example lumi */
            system: string;
            /** @description Thresholds (percent of the award) reached so far */
            thresholdsReached: number[];
            usedPercent: number;
        };
        AllocationApplicationHistoryView: {
            /** Format: uuid */
            applicationId: string;
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        AllocationApplicationReadView: {
            /** Format: uuid */
            allocationId: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string|null} */
            ethics: "cleared" | "cleared-with-conditions" | "refused" | null;
            /** @description Only while registered: its capacity hold, null without one */
            hold?: components["schemas"]["HoldView"] | null;
            /** @enum {string|null} */
            mode: "playground" | "fast-lane" | "large-scale" | null;
            organisationId: string;
            /** @description What it asks for, once registered */
            request: components["schemas"]["AllocationApplicationRequestView"] | null;
            /** @description Stream revision; also the ETag */
            revision: number;
            /** @description Peer-review scores (Large Scale) */
            scores: components["schemas"]["ScoresView"] | null;
            /**
             * @description The stream's status; once registered, the read model's finer one (held, queued, hold-expired, awaiting-cut-off…)
             * @enum {string}
             */
            status: "none" | "submitted" | "registered" | "reserve" | "awarded" | "not-funded" | "rejected" | "refused" | "withdrawn" | "held" | "queued" | "hold-expired" | "awaiting-cut-off";
            /** Format: date-time */
            submittedAt: string | null;
            technicalAssessment: components["schemas"]["TechnicalAssessmentView"] | null;
        };
        AllocationApplicationRequestView: {
            durationMonths: number;
            gpuHours: number;
            /** @description GPU-hours planned per month */
            monthlyUsagePlan: number[];
            /** @example booster */
            partition: string;
            /**
             * @description Requested start: an ISO 8601 date (or timestamp), as the applicant gave it
             * @example 2026-11-09
             */
            start: string;
            /** @example leonardo */
            system: string;
        };
        AllocationApplicationSummaryView: {
            /** Format: uuid */
            allocationId: string | null;
            /** Format: uuid */
            applicationId: string;
            awardedGpuHours: number | null;
            durationMonths: number | null;
            /** @enum {string|null} */
            ethicsOutcome: "cleared" | "cleared-with-conditions" | "refused" | null;
            gpuHours: number | null;
            hold: components["schemas"]["HoldView"] | null;
            /** @enum {string|null} */
            mode: "playground" | "fast-lane" | "large-scale" | null;
            notFundedReason: string | null;
            organisationId: string;
            partition: string | null;
            /** @example EHPC-AIF-2026PG01-0001 */
            projectId: string | null;
            /** Format: date-time */
            queuedAt: string | null;
            /** @enum {string} */
            status: "submitted" | "registered" | "held" | "queued" | "hold-expired" | "awaiting-cut-off" | "awarded" | "not-funded" | "reserve" | "rejected" | "refused" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
            system: string | null;
            /** @enum {string|null} */
            technicalOutcome: "accepted" | "accepted-with-remarks" | "rejected" | null;
            /** @description Once awarded */
            timeToAccess: components["schemas"]["AllocationApplicationTimeToAccessView"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Large Scale: the weighted peer-review score */
            weightedScore: number | null;
        };
        AllocationApplicationTimeToAccessView: {
            /**
             * Format: date-time
             * @description When the site confirmed the project account
             */
            activatedAt: string | null;
            /** Format: date-time */
            awardedAt: string;
            /** Format: date-time */
            clockStartedAt: string | null;
            targetWorkingDays: number | null;
            /** @description Access (or, before activation, the award) within the target; null when unknown */
            withinTarget: boolean | null;
            workingDaysToAccess: number | null;
            workingDaysToAward: number | null;
        };
        AllocationApplicationView: {
            /** Format: uuid */
            allocationId: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @enum {string|null} */
            ethics: "cleared" | "cleared-with-conditions" | "refused" | null;
            /** @enum {string|null} */
            mode: "playground" | "fast-lane" | "large-scale" | null;
            organisationId: string;
            /** @description What it asks for, once registered */
            request: components["schemas"]["AllocationApplicationRequestView"] | null;
            /** @description Stream revision; also the ETag */
            revision: number;
            /** @description Peer-review scores (Large Scale) */
            scores: components["schemas"]["ScoresView"] | null;
            /**
             * @description `none` until the submission is known
             * @enum {string}
             */
            status: "none" | "submitted" | "registered" | "reserve" | "awarded" | "not-funded" | "rejected" | "refused" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
            technicalAssessment: components["schemas"]["TechnicalAssessmentView"] | null;
        };
        AllocationBalanceView: {
            allocationId: string;
            awardedGpuHours: number;
            balanceGpuHours: number;
            chargedGpuHours: number;
            /** @description ISO 8601 date */
            end: string;
            energyKwh: number;
            estimatedTrainingFlop: number;
            /** @description The highest threshold (percent) reached; null before the first */
            highestThresholdReached: number | null;
            jobs: number;
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            monthlyQuotaGpuHours: number;
            organisationId: string;
            overuse: boolean;
            partition: string;
            projectId: string;
            /** @description Stream revision the read model has reached */
            revision: number;
            /** @description ISO 8601 date */
            start: string;
            /** @enum {string} */
            status: "active" | "suspended" | "closed";
            system: string;
            /** @description Flagged as underused at the mid-term review */
            underuse: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        AllocationConfiguration: {
            finalReportDueMonths: number;
            holdLifetimeDays: number;
            holidays: string[];
            minimumPartialFraction: number;
            modes: components["schemas"]["AllocationModes"];
            /** @example EHPC-AIF */
            programmeCode: string;
            scoring: components["schemas"]["AllocationScoring"];
            /** @description Each system hosted by exactly one site */
            sites: components["schemas"]["AllocationSite"][];
            /** @description Days a suspended allocation keeps its capacity reserved before it goes back to the pool (default 30) */
            suspensionKeepsCapacityDays?: number | null;
            systems: components["schemas"]["AllocationSystem"][];
        };
        AllocationHistoryView: {
            /** Format: uuid */
            allocationId: string;
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        AllocationMembersView: {
            /** Format: uuid */
            allocationId: string;
            /** @description Site user names, sorted; an erased member is left out */
            members: string[];
            /** @description Revision of the member list (-1: never set); its ETag */
            revision: number;
        };
        AllocationMode: {
            /** @example PG */
            code: string;
            targetWorkingDays: number;
        };
        AllocationModes: {
            "fast-lane": components["schemas"]["AllocationMode"];
            "large-scale": components["schemas"]["AllocationMode"];
            playground: components["schemas"]["AllocationMode"];
        };
        AllocationPartition: {
            gpu: string;
            gpusPerNode: number;
            id: string;
            monthlyCapacityGpuHours: components["schemas"]["AllocationPoolCapacity"];
            nodes: number;
        };
        AllocationPoolCapacity: {
            continuous: number;
            largeScale: number;
        };
        AllocationScoreWeights: {
            excellence: number;
            implementation: number;
            innovationAndImpact: number;
        };
        AllocationScoring: {
            threshold: number;
            weights: components["schemas"]["AllocationScoreWeights"];
        };
        AllocationSite: {
            /** @example cineca */
            id: string;
            /** @example CINECA, Bologna, IT */
            name: string;
            /**
             * @description The systems it hosts: what its site and technical-assessor tokens may act on
             * @example [
             *       "leonardo"
             *     ]
             */
            systems: string[];
        };
        AllocationSummaryView: {
            /** Format: date-time */
            activatedAt: string | null;
            /** Format: uuid */
            allocationId: string;
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            awardedAt: string;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date */
            end: string;
            /** Format: date */
            finalReportDue: string | null;
            finalReportOverdue: boolean;
            /** Format: date-time */
            finalReportSubmittedAt: string | null;
            gpuHours: number;
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            monthlyQuotaGpuHours: number;
            organisationId: string;
            partial: boolean;
            partition: string;
            /** @example EHPC-AIF-2026PG01-0001 */
            projectId: string;
            /** @description Stream revision the read model has reached */
            revision: number;
            /** Format: date */
            start: string;
            /** @enum {string} */
            status: "awarded" | "active" | "suspended" | "closed";
            /** @enum {string|null} */
            suspendedBy: "accounting" | "governance" | "staff" | null;
            system: string;
        };
        AllocationSuspensionDto: {
            reason: string;
        };
        AllocationSystem: {
            id: string;
            name: string;
            partitions: components["schemas"]["AllocationPartition"][];
            site: string;
        };
        AllocationView: {
            /**
             * Format: date-time
             * @description When the site confirmed the project account
             */
            activatedAt: string | null;
            /** Format: uuid */
            allocationId: string;
            /** Format: uuid */
            applicationId: string;
            /** @description Set when staff closed it early or revoked it */
            closure: components["schemas"]["EarlyClosureView"] | null;
            /** @description Who decided the award; null on awards recorded before it was kept */
            decision: components["schemas"]["AwardDecisionView"] | null;
            /**
             * Format: date
             * @description The first day after the allocation
             */
            end: string;
            /**
             * Format: date
             * @description Set when the allocation closes
             */
            finalReportDue: string | null;
            finalReportOverdue: boolean;
            /** Format: date-time */
            finalReportSubmittedAt: string | null;
            /** @description GPU-hours awarded */
            gpuHours: number;
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            monthlyQuotaGpuHours: number;
            organisationId: string;
            /** @description Less than asked for was awarded */
            partial: boolean;
            /** @example booster */
            partition: string;
            /**
             * @description The Slurm account at the site
             * @example EHPC-AIF-2026PG01-0001
             */
            projectId: string;
            /** @description Stream revision; also the ETag */
            revision: number;
            /** Format: date */
            start: string;
            /** @enum {string} */
            status: "awarded" | "active" | "suspended" | "closed";
            /**
             * @description The first remaining reason's maker
             * @enum {string|null}
             */
            suspendedBy: "accounting" | "governance" | "staff" | null;
            /** @description Every reason it is suspended for, oldest first; empty when not suspended */
            suspensions: components["schemas"]["SuspensionReasonView"][];
            /** @example leonardo */
            system: string;
        };
        AmendApplicationDto: {
            changes: components["schemas"]["DraftProposalDto"];
        };
        ApplicationHistoryView: {
            /** Format: uuid */
            applicationId: string;
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        ApplicationSummaryView: {
            /** Format: uuid */
            applicationId: string;
            gpuHours: number | null;
            /** @enum {string|null} */
            mode: "playground" | "fast-lane" | "large-scale" | null;
            organisationId: string;
            partition: string | null;
            /** @description Stream revision the row reflects */
            revision: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "screening" | "information-requested" | "eligible" | "ineligible" | "ethics-information-requested" | "awarded" | "refused" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
            system: string | null;
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ApplicationView: {
            /** Format: uuid */
            applicationId: string;
            /** @description The allocation awarded, once allocation awarded it */
            award: components["schemas"]["AwardView"] | null;
            /** @description Latest automatic eligibility checks */
            checks: components["schemas"]["EligibilityCheckView"][];
            openQuestions: string[];
            organisationId: string;
            /** @description What the application asks for */
            proposal: components["schemas"]["ProposalView"];
            reasons: string[];
            /** @description Stream revision; also the ETag */
            revision: number;
            /** @enum {string} */
            status: "draft" | "submitted" | "screening" | "information-requested" | "eligible" | "ineligible" | "ethics-information-requested" | "awarded" | "refused" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
        };
        AsOfLastEvent: {
            /** Format: uuid */
            eventId: string;
            /** @description SHA-256 chain hash, hex (ADR 6) */
            hash: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description Its position in the entity's stream */
            streamPosition: number;
            /** @example ApplicationSubmitted */
            type: string;
        };
        AssignmentView: {
            /** Format: date-time */
            assignedAt: string;
            /** @description Staff only: the chair who assigned */
            assignedBy?: string;
            declaration: components["schemas"]["DeclarationView"] | null;
            /**
             * Format: date-time
             * @description When the case closed for this reviewer
             */
            endedAt: string | null;
            overdue: boolean;
            /** Format: date-time */
            reviewDueAt: string;
            /** @description Staff only */
            reviewerId?: string;
            /** @description Staff only: the reviewer's affiliation */
            reviewerOrganisationId?: string;
        };
        AssignReviewerDto: {
            /**
             * @description A registered reviewer
             * @example rev-anna
             */
            reviewerId: string;
        };
        AttestationDueView: {
            /**
             * Format: date-time
             * @description When the overdue attestation becomes a breach
             */
            breachAt: string | null;
            /** Format: date-time */
            nextDueAt: string;
            overdue: boolean;
        };
        AttestationView: {
            accountingEnergyKwh: number;
            accountingTrainingFlop: number;
            /** Format: uuid */
            attestationId: string;
            declaredEnergyKwh: number;
            declaredTrainingFlop: number;
            evidence: components["schemas"]["EvidenceView"];
            flags: ("training-compute-mismatch" | "energy-mismatch")[];
            /**
             * Format: date-time
             * @description The due date of the period attested
             */
            periodDueAt: string;
            /** Format: date-time */
            submittedAt: string;
            submittedBy: string;
            tolerancePercent: number;
        };
        AudienceView: {
            organisationId?: string;
            /** @example applicant */
            role: string;
            siteId?: string;
            userId?: string;
        };
        AwardDecisionView: {
            /** @description The committee members whose scores ranked it; empty for a rule */
            decidedBy: string[];
            /** @enum {string} */
            kind: "committee" | "rule";
            /**
             * @description first-come-first-served, cut-off-ranking or reserve-list
             * @example first-come-first-served
             */
            rule: string;
        };
        AwardView: {
            allocationId: string;
            /** Format: date-time */
            awardedAt: string;
            projectId: string;
        };
        BreachDecisionDto: {
            /** @enum {string} */
            decision: "confirmed" | "dismissed";
            note: string;
        };
        BreachReportDecisionView: {
            /** Format: date-time */
            decidedAt: string;
            /** @description The governance officer who decided */
            decidedBy: string;
            note: string;
            organisationId: string;
            /** Format: uuid */
            reportId: string;
        };
        BreachReportHistoryView: {
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            reportId: string;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        BreachReportView: {
            decision: components["schemas"]["BreachReportDecisionView"] | null;
            description: string;
            evidenceLinks: string[];
            /** Format: date-time */
            filedAt: string;
            /** @description Who filed it */
            filedBy: string;
            /** @description The role they filed it in */
            filedRole: string;
            organisationId: string;
            /** Format: uuid */
            reportId: string;
            /** @description Stream revision; also the ETag */
            revision: number;
            /** @enum {string} */
            status: "open" | "confirmed" | "dismissed";
        };
        BreachView: {
            /** Format: date-time */
            breachedAt: string;
            breachId: string;
            /** @enum {string} */
            cause: "attestation-overdue" | "obligation-overdue" | "report";
            reason: string;
            /** @description What it is about: the attestation due date, the obligation id or the report id */
            ref: string;
            /** Format: date-time */
            remediedAt: string | null;
        };
        CallHistoryView: {
            /** Format: uuid */
            callId: string;
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        CallSummaryView: {
            /** Format: uuid */
            callId: string;
            cutOffs: string[];
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** Format: date-time */
            openedAt: string;
            /** @description How many cut-offs have run */
            passedCutOffs: number;
        };
        CallView: {
            /** Format: uuid */
            callId: string;
            cutOffs: components["schemas"]["CutOffView"][];
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** @description Stream revision; also the ETag */
            revision: number;
        };
        CapacityLedgerHistoryView: {
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @example booster */
            partition: string;
            /** @example leonardo */
            system: string;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        CapacityMonthView: {
            /** @description GPU-hours awarded */
            awarded: number;
            /** @description Configured minus held minus awarded (negative when the configuration shrank below what is committed) */
            free: number;
            /** @description GPU-hours held for applications waiting for their award */
            held: number;
            /** @example 2026-11 */
            month: string;
        };
        CapacityPoolView: {
            monthlyCapacityGpuHours: number;
            months: components["schemas"]["CapacityMonthView"][];
            /**
             * @description continuous: Playground and Fast Lane; large-scale: Large Scale
             * @enum {string}
             */
            pool: "continuous" | "large-scale";
        };
        CapacityView: {
            /**
             * @description The months shown, YYYY-MM
             * @example [
             *       "2026-11",
             *       "2026-12"
             *     ]
             */
            months: string[];
            partitions: components["schemas"]["PartitionCapacityView"][];
        };
        CaseDecisionView: {
            /** @description Staff only: decided by a rule (a prohibited practice), not by the chair */
            automatic?: boolean;
            conditions: components["schemas"]["ConditionView"][];
            /** Format: date-time */
            decidedAt: string;
            /** @description Staff only */
            decidedBy?: string;
            /** @enum {string} */
            outcome: "cleared" | "cleared-with-conditions" | "refused";
            reasons: string[];
        };
        CaseHistoryView: {
            caseId: string;
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        CaseSummaryView: {
            applicationId: string;
            caseId: string;
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** Format: date-time */
            openedAt: string;
            organisationId: string;
            /**
             * @description Once decided
             * @enum {string|null}
             */
            outcome: "cleared" | "cleared-with-conditions" | "refused" | null;
            reviewersRequired: number;
            reviewsIn: number;
            /** @description Stream revision the row reflects */
            revision: number;
            /** @enum {string} */
            status: "in-review" | "awaiting-decision" | "information-requested" | "decided" | "withdrawn";
            /** Format: date-time */
            updatedAt: string;
        };
        CauseView: {
            /** @description The integration event it was raised from */
            eventId: string;
            /** @example hpc-access.intake.ApplicationScreened.v1 */
            type: string;
        };
        ChangeProgrammeConfigurationDto: {
            /** @description Why the rules change (a new call, new terms of reference) */
            reason: string;
            rules: components["schemas"]["ProgrammeRulesDto"];
        };
        ChargedAllocationView: {
            allocationId: string;
            gpuHours: number;
            jobs: number;
        };
        CommentForApplicantView: {
            comment: string;
            principle: string;
        };
        ConditionDto: {
            /**
             * @description ISO date; default: the configured number of days after the decision
             * @example 2027-03-01
             */
            dueDate?: string | null;
            /** @example Publish a model card before the first training run */
            text: string;
        };
        ConditionView: {
            conditionId: string;
            /** @description ISO 8601 date (or timestamp) */
            dueDate: string;
            text: string;
        };
        ConfigurationHistory: {
            /** @description Every version, oldest first */
            events: components["schemas"]["ConfigurationVersion"][];
        };
        ConfigurationVersion: {
            /** @description Who recorded it; the service itself (role `system`) for the seed and for upgrades at a start */
            actor: components["schemas"]["HistoryActor"];
            /** @description The whole configuration in force from this version on, in the form the GET answers */
            configuration: {
                [key: string]: unknown;
            };
            /** @description The event's data as stored */
            data: {
                [key: string]: unknown;
            };
            /** @description Why it was changed, when the service asks for a reason (intake); null otherwise */
            reason: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description Revision of the configuration stream this version stands at (the ETag it had) */
            revision: number;
            /**
             * @description The event: seeded at the first start, then each change (each service keeps its own event names)
             * @example ConfigurationChanged
             */
            type: string;
        };
        ContactPersonDto: {
            /**
             * Format: email
             * @example ada@example.eu
             */
            email: string;
            /** @example Ada Lovelace */
            name: string;
            /** @example +352 123 456 */
            phone?: string | null;
            /** @enum {string} */
            role: "representative" | "technical" | "other";
        };
        ContactPersonView: {
            /** @description An e-mail address, or "[erased]" */
            email?: string;
            name?: string;
            /** @description person-<uuid>: the key their personal data is encrypted with */
            personId: string;
            phone?: string;
            /** @enum {string} */
            role: "representative" | "technical" | "other";
        };
        CoreCommitmentsDto: {
            aiLiteracy: string;
            governanceStrategy: string;
            highRiskSystemsMap: string;
        };
        CoreCommitmentsView: {
            aiLiteracy: string;
            governanceStrategy: string;
            highRiskSystemsMap: string;
        };
        CutOffView: {
            /**
             * Format: date-time
             * @description 10:00 in Brussels
             */
            at: string;
            /** @description The committee's order of the applications it ranks (ADR 35); null: by score */
            committeeOrder: string[] | null;
            /** @description Why the committee set its order */
            committeeOrderReason: string | null;
            /** @description Position among the call's cut-offs, earliest first */
            index: number;
            /** @description The cut-off has run and its ranking is recorded */
            passed: boolean;
        };
        DataSourcesDto: {
            copyrightedMaterial: boolean;
            description: string;
            personalData: boolean;
            /** @description Text-and-data-mining opt-outs are honoured */
            tdmOptOutsHonoured: boolean;
        };
        DataSourcesView: {
            copyrightedMaterial: boolean;
            description: string;
            personalData: boolean;
            /** @description Text-and-data-mining opt-outs are honoured */
            tdmOptOutsHonoured: boolean;
        };
        DecidingEvent: {
            /** @description The data as stored */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @description SHA-256 chain hash, hex (ADR 6) */
            hash: string;
            /** @description The metadata as stored (actor, correlation, schema version) */
            metadata: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description The schema of the service that recorded it
             * @example ethics
             */
            service: string;
            streamId: string;
            streamPosition: number;
            /** @example EthicsCaseDecided */
            type: string;
        };
        Decision: {
            /**
             * Format: date-time
             * @description The decision's recorded time. The deciding entity is shown without the decision and what followed it; the others from the events recorded before this instant (the decision's consequences, recorded at the same instant, are not)
             */
            asOf: string;
            event: components["schemas"]["DecidingEvent"];
            /** @enum {string} */
            kind: "ethics-decision" | "allocation-award";
            seen: components["schemas"]["DecisionSeen"];
        };
        DecisionDto: {
            /** @description Required for cleared-with-conditions, refused otherwise */
            conditions?: components["schemas"]["ConditionDto"][] | null;
            /** @enum {string} */
            outcome: "cleared" | "cleared-with-conditions" | "information-requested" | "refused";
            /** @description Required for information-requested, refused otherwise */
            questions?: string[] | null;
            /** @description Required for refused */
            reasons?: string[] | null;
        };
        DecisionSeen: {
            /** @description Award: allocation's view of the application (technical assessment, ethics outcome, scores) */
            allocationApplication?: components["schemas"]["EntityAsOf"] | null;
            /** @description The application as intake held it */
            application: components["schemas"]["EntityAsOf"] | null;
            /** @description Award: the capacity ledger of the application's partition (reservations, holds, queue) */
            capacity?: components["schemas"]["EntityAsOf"] | null;
            /** @description Ethics decision: the case with its assignments and reviews */
            ethicsCase?: components["schemas"]["EntityAsOf"] | null;
        };
        DeclarationDto: {
            /** @description true: a conflict of interest, which recuses the reviewer; false: none, which opens the dossier */
            conflict: boolean;
            /** @example I have no professional or financial ties to the applicant. */
            statement: string;
        };
        DeclarationView: {
            /** @description true: a conflict of interest (recused) */
            conflict: boolean;
            /** Format: date-time */
            declaredAt: string;
            statement: string;
        };
        DeliveryAttemptView: {
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** @enum {string} */
            outcome: "delivered" | "retry" | "rejected";
            /** @description Why it failed (never the address) */
            reason: string | null;
            /** @description SMTP or HTTP status, when there was one */
            status: number | null;
        };
        DeliveryView: {
            attempts: components["schemas"]["DeliveryAttemptView"][];
            /** @enum {string} */
            channel: "email" | "webhook";
            /**
             * Format: uuid
             * @description Also the e-mail's Message-ID and the webhook's webhook-id
             */
            deliveryId: string;
            failureReason: string | null;
            /** @enum {string} */
            kind: "information-requested" | "screening-outcome" | "ethics-outcome" | "allocation-awarded" | "application-not-funded" | "allocation-provisioned" | "usage-threshold" | "monthly-quota-exceeded" | "allocation-suspended" | "allocation-resumed" | "attestation-due" | "attestation-overdue" | "final-report-due" | "final-report-overdue" | "reviewer-assigned" | "cut-off-ranked";
            /** Format: date-time */
            nextAttemptAt: string | null;
            /** Format: uuid */
            notificationId: string;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            /** @description The subscriber's user id (e-mail) or the endpoint id (webhook); never an address */
            target: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DevJwk: {
            /** @enum {string} */
            alg: "ES256";
            /** @enum {string} */
            crv: "P-256";
            /** @description RFC 7638 thumbprint */
            kid: string;
            /** @enum {string} */
            kty: "EC";
            /** @enum {string} */
            use: "sig";
            /** @description base64url */
            x: string;
            /** @description base64url */
            y: string;
        };
        DevJwks: {
            keys: components["schemas"]["DevJwk"][];
        };
        DevOpenIdConfiguration: {
            claims_supported: string[];
            id_token_signing_alg_values_supported: string[];
            /**
             * Format: uri
             * @example http://localhost:3000/api/dev
             */
            issuer: string;
            /** Format: uri */
            jwks_uri: string;
            response_types_supported: string[];
            subject_types_supported: string[];
            /** Format: uri */
            token_endpoint: string;
            token_endpoint_auth_methods_supported: string[];
        };
        DevTokenRequestBody: {
            /**
             * @description Default org-demo for the applicant
             * @example org-demo
             */
            organisationId?: string;
            /** @enum {string} */
            role: "applicant" | "intake-officer" | "technical-assessor" | "ethics-reviewer" | "ethics-chair" | "allocation-committee" | "governance-officer" | "accounting-officer" | "site" | "auditor" | "administrator";
            /**
             * @description The hosting site of a site or technical-assessor token (infra/seed/allocation.json `sites`)
             * @example cineca
             */
            siteId?: string;
            /**
             * @description Default demo-<role>
             * @example demo-applicant
             */
            userId?: string;
        };
        DevTokenResponse: {
            /** @description A signed JWT (typ at+jwt) */
            access_token: string;
            /** @description Seconds until the token expires */
            expires_in: number;
            /** @enum {string} */
            token_type: "Bearer";
        };
        DossierPrincipleView: {
            /** @enum {string} */
            assessment: "no-issue" | "issue-mitigated" | "issue-open";
            explanation: string;
            principle: string;
        };
        DossierView: {
            civilianUse: boolean;
            copyrightedMaterial: boolean;
            durationMonths: number;
            gpuHours: number;
            issueCategories: string[];
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** @enum {string} */
            modelKind: "language" | "vision" | "multimodal" | "other";
            monthlyUsagePlan: number[];
            partition: string;
            personalData: boolean;
            principles: components["schemas"]["DossierPrincipleView"][];
            prohibitedPractice: boolean;
            projectSummary: string;
            /** @description ISO 8601 date (or timestamp) */
            start: string;
            system: string;
            tdmOptOutsHonoured: boolean;
            title: string;
            trainingComputeFlop: number;
        };
        DraftApplicationDto: {
            /**
             * @description An organisation id (3 to 64 lower-case letters, digits or dashes)
             * @example org-aurora
             */
            organisationId: string;
            proposal: components["schemas"]["DraftProposalDto"];
        };
        DraftProposalDto: {
            civilianUse?: boolean | null;
            dataSources?: components["schemas"]["DataSourcesDto"] | null;
            durationMonths?: number | null;
            ethicsSelfAssessment?: components["schemas"]["EthicsSelfAssessmentDto"] | null;
            gpuHours?: number | null;
            /** @enum {string|null} */
            mode?: "playground" | "fast-lane" | "large-scale" | null;
            /** @enum {string|null} */
            modelKind?: "language" | "vision" | "multimodal" | "other" | null;
            /** @description Planned GPU-hours per month */
            monthlyUsagePlan?: number[] | null;
            /** @enum {string|null} */
            openSourceIntention?: "yes" | "no" | "partial" | null;
            /** @example booster */
            partition?: string | null;
            projectSummary?: string | null;
            /** @example 2027-01-01 */
            startDate?: string | null;
            /** @example leonardo */
            system?: string | null;
            title?: string | null;
            /** @description Estimated training compute in FLOP */
            trainingComputeFlop?: number | null;
        };
        EarlyClosureDto: {
            /**
             * @description closed-early: the work ended sooner; revoked: the award is withdrawn
             * @enum {string}
             */
            kind: "closed-early" | "revoked";
            reason: string;
        };
        EarlyClosureView: {
            closedBy: string;
            /** @enum {string} */
            kind: "closed-early" | "revoked";
            reason: string;
        };
        EligibilityCheckView: {
            passed: boolean;
            reason: string;
            /** @enum {string} */
            rule: "established-in-eligible-country" | "sme-status" | "within-mode-limits" | "duration-allowed-for-mode" | "known-system-and-partition" | "pledge-signed" | "civilian-use" | "not-barred" | "in-good-standing-with-governance";
        };
        EligibleCountriesDto: {
            euMemberStates: string[];
            euroHpcParticipatingStates: string[];
            horizonEuropeAssociated: string[];
        };
        EntityAsOf: {
            /**
             * Format: date-time
             * @description The instant asked for
             */
            asOf: string;
            /** @enum {string} */
            entityType: "application" | "organisation" | "ethics-case" | "allocation" | "allocation-application" | "capacity-ledger" | "breach-report" | "organisation-pledge" | "allocation-account";
            /** @description How many events were applied */
            eventsApplied: number;
            /**
             * @description The owning service's evolve the events were folded with
             * @example intake: evolveApplication
             */
            evolve: string;
            id: string;
            /** @description The last event applied */
            lastEvent: components["schemas"]["AsOfLastEvent"];
            /**
             * @description The schema of the service that owns the entity
             * @example intake
             */
            service: string;
            /** @description The state as the owning service's domain holds it; personal data stays the ciphertext stored in the events */
            state: {
                [key: string]: unknown;
            };
            /** @example application-3f0c… */
            streamId: string;
        };
        EthicsCaseView: {
            applicationId: string;
            /** @description A reviewer's own assignment */
            assignment?: components["schemas"]["AssignmentView"];
            /** @description Staff only */
            assignments?: components["schemas"]["AssignmentView"][];
            /** @description The application's id */
            caseId: string;
            decision: components["schemas"]["CaseDecisionView"] | null;
            /** @description Staff; a reviewer after declaring no conflict, until the case closes */
            dossier?: components["schemas"]["DossierView"];
            /** @description The applicant and staff */
            informationRequests?: components["schemas"]["InformationRequestView"][];
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** Format: date-time */
            openedAt: string;
            organisationId: string;
            /** @description A reviewer's own review, null until submitted */
            review?: components["schemas"]["ReviewView"] | null;
            reviewersRequired: number;
            /** @description Staff only */
            reviews?: components["schemas"]["ReviewView"][];
            /** @description The applicant only: the reviewers' comments for the applicant, numbered not named, once the chair has decided (empty before, and when a rule decided without reviews); never the ratings nor the internal comments (ADR 37) */
            reviewsForApplicant?: components["schemas"]["ReviewForApplicantView"][];
            reviewsIn: number;
            /** @description Stream revision; also the ETag */
            revision: number;
            /** @enum {string} */
            status: "in-review" | "awaiting-decision" | "information-requested" | "decided" | "withdrawn";
            /**
             * Format: date-time
             * @description The applicant and staff
             */
            withdrawnAt?: string | null;
        };
        EthicsConfigurationDto: {
            /**
             * @description Days a condition runs when the chair gives no due date
             * @example 90
             */
            defaultConditionDueDays: number;
            /** @description The ethics-by-design principles every review rates */
            principles: string[];
            /**
             * @description Days an assigned reviewer has before the review is marked overdue
             * @example 10
             */
            reviewDueDays: number;
            reviewersRequired: components["schemas"]["ReviewersRequiredDto"];
        };
        EthicsConfigurationView: {
            /** @description Days a condition runs when the chair gives no due date */
            defaultConditionDueDays: number;
            /** @description The ethics-by-design principles every review rates */
            principles: string[];
            /** @description Days an assigned reviewer has before the review is marked overdue */
            reviewDueDays: number;
            /** @description Reviewers required per access mode */
            reviewersRequired: components["schemas"]["ReviewersRequiredDto"];
            /** @description Stream revision; also the ETag */
            revision: number;
        };
        EthicsSelfAssessmentDto: {
            issueCategories: string[];
            principles: components["schemas"]["PrinciplesDto"];
            /** @description A practice prohibited by AI Act Article 5 is involved */
            prohibitedPractice: boolean;
        };
        EthicsSelfAssessmentView: {
            issueCategories: string[];
            principles: components["schemas"]["PrinciplesView"];
            /** @description A practice prohibited by AI Act Article 5 is involved */
            prohibitedPractice: boolean;
        };
        EvidenceDto: {
            /**
             * @example [
             *       "https://example.eu/governance/q1-2027.pdf"
             *     ]
             */
            links: string[];
            /** @example Quarterly governance report: AI literacy training completed by 14 of 15 staff. */
            summary: string;
        };
        EvidenceView: {
            links: string[];
            summary: string;
        };
        FileBreachReportDto: {
            /** @example The training-data summary promised under the pledge was never published. */
            description: string;
            evidenceLinks: string[];
            /**
             * @description An organisation id (3 to 64 lower-case letters, digits or dashes)
             * @example org-aurora
             */
            organisationId: string;
        };
        FinalReportDto: {
            /** @description Acknowledgement of EuroHPC: must be true */
            acknowledgement: boolean;
            computeFlop: number;
            energyKwh: number;
            results: string;
        };
        FlaggedRecordView: {
            jobId: string;
            /** @enum {string} */
            reason: "unknown-allocation" | "allocation-suspended" | "allocation-closed" | "system-mismatch" | "no-billing-rule" | "conflicting-resend" | "end-before-start" | "more-gpus-per-node-than-partition" | "more-nodes-than-partition" | "before-start" | "after-end" | "in-future";
            system: string;
        };
        GovernanceConfigurationDto: {
            /**
             * @description Attestations are due this many months apart, from the signature
             * @example 3
             */
            attestationPeriodMonths: number;
            /**
             * @description Days before its due date the organisation is reminded of an attestation; absent: unchanged
             * @example 14
             */
            attestationReminderDays?: number | null;
            /**
             * @description Days before its due date an attestation may be submitted
             * @example 30
             */
            attestationWindowDays: number;
            /**
             * @description Declared compute or energy further than this from accounting is flagged
             * @example 10
             */
            computeTolerancePercent: number;
            /**
             * @description Days overdue before an attestation or obligation becomes a breach
             * @example 30
             */
            gracePeriodDays: number;
            /**
             * @description Days to sign a newly published pledge version
             * @example 60
             */
            resignPeriodDays: number;
        };
        GovernanceConfigurationView: {
            /** @description Attestations are due this many months apart, from the signature */
            attestationPeriodMonths: number;
            /** @description Days before its due date the organisation is reminded of an attestation */
            attestationReminderDays: number;
            /** @description Days before its due date an attestation may be submitted */
            attestationWindowDays: number;
            /** @description Declared compute or energy further than this (percent) from accounting is flagged */
            computeTolerancePercent: number;
            /** @description Days overdue before an attestation or obligation becomes a breach */
            gracePeriodDays: number;
            /** @description Days to sign a newly published pledge version */
            resignPeriodDays: number;
            /** @description Stream revision; also the ETag */
            revision: number;
        };
        HistoryActor: {
            /** @description The user id from the token */
            id: string;
            /** @description The role the user acted in */
            role: string;
        };
        HistoryEntry: {
            actor: components["schemas"]["HistoryActor"];
            /** @description The event or message that caused this one */
            causationId: string | null;
            correlationId: string;
            /** @description The event's data (personal data of erased persons reads "[erased]") */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /** @description SHA-256 of the event chained to the previous one (hex) */
            hash: string;
            /** Format: date-time */
            recordedAt: string;
            /** @description Position in its stream; the ETag after this event */
            revision: number;
            /**
             * @description The event type, past tense
             * @example ApplicationSubmitted
             */
            type: string;
        };
        HoldSummaryView: {
            /** Format: uuid */
            applicationId: string;
            /** Format: date-time */
            endedAt: string | null;
            /** Format: date-time */
            expiresAt: string;
            gpuHours: number;
            holdId: string;
            organisationId: string;
            partition: string;
            /** Format: date-time */
            placedAt: string;
            /** @description Why it ended: awarded, expired, withdrawn… */
            reason: string | null;
            /** @enum {string} */
            status: "placed" | "released" | "converted";
            system: string;
        };
        HoldView: {
            /**
             * Format: date-time
             * @description When the hold lapses unless the award comes first
             */
            expiresAt: string;
            holdId: string;
        };
        ImportDetailView: {
            /** @description New records charged to an allocation */
            accepted: number;
            /** @description What was charged, per allocation */
            charged: components["schemas"]["ChargedAllocationView"][];
            /** @description The site agent's checkpoint, recorded with the batch; only when one was sent */
            checkpoint?: string;
            /** @description Records already known with the same figures: nothing changed */
            duplicates: number;
            /** @description Records kept but not charged, and re-sent records whose figures differ from the kept ones */
            flagged: number;
            flaggedRecords: components["schemas"]["FlaggedRecordView"][];
            /** Format: uuid */
            importId: string;
            /** @description Jobs in a state their partition does not charge, recorded with 0 GPU-hours; only when there are some */
            notCharged?: components["schemas"]["NotChargedRecordView"][];
            /** @description An accounting officer sent it on the site's behalf */
            onBehalfOfSite: boolean;
            /** Format: date-time */
            receivedAt: string;
            /** @description Lines that could not be read (sacct), with their number and why */
            rejected: components["schemas"]["RejectedLineView"][];
            /** @description The site it was sent for; null for a reassessment */
            siteId: string | null;
            /** @enum {string} */
            source: "json" | "sacct" | "reassessment";
            /** @description Job steps in the file, which are not charged (their allocation is) */
            stepsIgnored: number;
            /** @description The user (or site client) that sent it */
            submittedBy: string;
            /** @description The system of every record; null when they were of several (or, for a reassessment, of any) */
            system: string | null;
        };
        ImportReportView: {
            /** @description New records charged to an allocation */
            accepted: number;
            /** @description What was charged, per allocation */
            charged: components["schemas"]["ChargedAllocationView"][];
            /** @description The site agent's checkpoint, recorded with the batch; only when one was sent */
            checkpoint?: string;
            /** @description Records already known with the same figures: nothing changed */
            duplicates: number;
            /** @description Records kept but not charged, and re-sent records whose figures differ from the kept ones */
            flagged: number;
            flaggedRecords: components["schemas"]["FlaggedRecordView"][];
            /** Format: uuid */
            importId: string;
            /** @description Jobs in a state their partition does not charge, recorded with 0 GPU-hours; only when there are some */
            notCharged?: components["schemas"]["NotChargedRecordView"][];
            /** Format: date-time */
            receivedAt: string;
            /** @description Lines that could not be read (sacct), with their number and why */
            rejected: components["schemas"]["RejectedLineView"][];
            /** @enum {string} */
            source: "json" | "sacct" | "reassessment";
            /** @description Job steps in the file, which are not charged (their allocation is) */
            stepsIgnored: number;
            /** @description The system of every record; null when they were of several (or, for a reassessment, of any) */
            system: string | null;
        };
        ImportSummaryView: {
            accepted: number;
            duplicates: number;
            flagged: number;
            /** Format: uuid */
            importId: string;
            onBehalfOfSite: boolean;
            /** Format: date-time */
            receivedAt: string;
            /** @description Lines that could not be read */
            rejected: number;
            siteId: string | null;
            /** @enum {string} */
            source: "json" | "sacct" | "reassessment";
            stepsIgnored: number;
            submittedBy: string;
            system: string | null;
        };
        InboxItemView: {
            audience: components["schemas"]["AudienceView"];
            cause: components["schemas"]["CauseView"];
            /** @description ISO 8601 date or timestamp by which to act */
            dueBy?: string;
            /** @description What happened: ids, numbers, dates, outcomes, reasons (never personal data) */
            facts: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            kind: "information-requested" | "screening-outcome" | "ethics-outcome" | "allocation-awarded" | "application-not-funded" | "allocation-provisioned" | "usage-threshold" | "monthly-quota-exceeded" | "allocation-suspended" | "allocation-resumed" | "attestation-due" | "attestation-overdue" | "final-report-due" | "final-report-overdue" | "reviewer-assigned" | "cut-off-ranked";
            /**
             * @description Path in the staff UI where the reader acts on it
             * @example /applicant/applications/app-1
             */
            link: string;
            /** Format: uuid */
            notificationId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description Whether the caller has read it */
            read: boolean;
            /** Format: date-time */
            readAt: string | null;
            subject: components["schemas"]["SubjectView"];
            words: components["schemas"]["WordsView"];
        };
        InformationRequestView: {
            /** @description null until the applicant answers */
            answers: string[] | null;
            /** Format: date-time */
            providedAt: string | null;
            questions: string[];
            /** Format: date-time */
            requestedAt: string;
            /** @description Staff only: the chair who asked */
            requestedBy?: string;
        };
        IntakeOrganisationHistoryView: {
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            /** @example org-aurora-models */
            organisationId: string;
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        JobRecordDto: {
            /** @example EHPC-AIF-2026PG01-1147 */
            account: string;
            /** @example billing=128,cpu=128,gres/gpu=8,node=1 */
            allocTres: string;
            /**
             * @description Joules
             * @example 36000000
             */
            consumedEnergyRaw: number;
            /**
             * @description Elapsed seconds
             * @example 7200
             */
            elapsedRaw: number;
            /**
             * @description Without a zone: read in the upload's zone (timeZone, or the site's)
             * @example 2026-11-02T12:00:00Z
             */
            end: string;
            /**
             * @description A job allocation id (1234, 1234_7, 1234+0); steps such as 1234.batch are refused
             * @example 4711
             */
            jobId: string;
            /** @example lumi-g */
            partition: string;
            /**
             * @description Without a zone: read in the upload's zone (timeZone, or the site's)
             * @example 2026-11-02T10:00:00Z
             */
            start?: string | null;
            /** @example COMPLETED */
            state: string;
            /** @example lumi */
            system: string;
        };
        JobRecordView: {
            /**
             * @description The Slurm account it ran under
             * @example EHPC-AIF-2026PG01-0001
             */
            account: string;
            /** @description The allocation charged, or null when none is known */
            allocationId: string | null;
            /** @example billing=128,cpu=128,gres/gpu=8,node=1 */
            allocTres: string;
            consumedEnergyJoules: number;
            elapsedSeconds: number;
            /** Format: date-time */
            end: string;
            energyKwh: number;
            estimatedFlop: number;
            gpuHours: number;
            /** @description GPUs billed */
            gpus: number;
            /**
             * Format: uuid
             * @description The import that brought it
             */
            importId: string;
            /** @example 4711 */
            jobId: string;
            /** @example lumi-g */
            partition: string;
            /** @description Why a flagged record is not charged (unknown-allocation, allocation-suspended, allocation-closed, system-mismatch, no-billing-rule, end-before-start, more-nodes-than-partition, more-gpus-per-node-than-partition, before-start, after-end, in-future), or why a charged one counts 0 GPU-hours */
            reason: string | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: date-time */
            start: string | null;
            /**
             * @description The Slurm job state, as sent
             * @example COMPLETED
             */
            state: string;
            /** @enum {string} */
            status: "charged" | "flagged";
            /** @example lumi */
            system: string;
        };
        LedgerCheckpoint: {
            /**
             * @description The signing key's 4-byte id, hex
             * @example c74f20a3
             */
            keyId: string;
            /** @example hpc-access.local/audit-ledger */
            keyName: string;
            /** @description The checkpoint as signed: a C2SP tlog-checkpoint in a signed note (origin, size, root, timestamp, blank line, signature line); verify it against the public key */
            note: string;
            /**
             * @description The RFC 9162 tree head, base64 of 32 bytes
             * @example rEvJ0gt4Y8C8A6y3F7tU2bqz8kT1x0pL4Jc8bYc1Zq0=
             */
            rootHash: string;
            /**
             * Format: date-time
             * @description When it was signed (the note's timestamp line)
             */
            signedAt: string;
            /** @description How many leaves (events) the tree holds */
            treeSize: number;
        };
        LedgerConsistencyProof: {
            from: components["schemas"]["LedgerCheckpoint"];
            fromSize: number;
            /** @description RFC 9162 consistency proof, base64 hashes (empty when the sizes are equal) */
            proof: string[];
            to: components["schemas"]["LedgerCheckpoint"];
            toSize: number;
        };
        LedgerInclusionProof: {
            /** @description The signed checkpoint the proof leads to */
            checkpoint: components["schemas"]["LedgerCheckpoint"];
            /** Format: uuid */
            eventId: string;
            /** @description The leaf data: the canonical JSON the leaf hash is taken over (libs/ledger README, "Leaf data") */
            leafData: string;
            /** @description SHA-256(0x00 || leafData), base64 */
            leafHash: string;
            /** @description The event's leaf index in the ledger */
            leafIndex: number;
            /** @description RFC 9162 inclusion path, base64 hashes from the leaf's sibling upwards */
            proof: string[];
            /**
             * @description The schema of the service whose event it is
             * @example intake
             */
            service: string;
            treeSize: number;
        };
        LedgerPublicKey: {
            /** @enum {string} */
            algorithm: "Ed25519";
            /**
             * @description The key id prefixing each signature, hex
             * @example c74f20a3
             */
            keyId: string;
            /** @example hpc-access.local/audit-ledger */
            keyName: string;
            /**
             * @description The origin line of every checkpoint
             * @example hpc-access.local/audit-ledger
             */
            origin: string;
            /**
             * @description The keys rotated out, each <verifier key>@<the last tree size it signed>: older checkpoints carry their signatures
             * @example []
             */
            previousVerifierKeys: string[];
            /** @description The raw 32-byte Ed25519 public key, base64 */
            publicKey: string;
            /** @description The signed-note verifier key, <name>+<key id>+<base64(0x01 || public key)>, as witnesses and the auditor's tool read it */
            verifierKey: string;
            /** @description Every key of the ledger's life, the retired ones bounded, as hpc-audit --verifier-key takes them (comma-separated) */
            verifierKeys: string;
        };
        /** @enum {string} */
        ListSort: "newest" | "oldest";
        Liveness: {
            /** @enum {string} */
            status: "up";
        };
        MapSlurmAccountDto: {
            /**
             * @description The allocation whose account the Slurm account is: active in accounting, on the same system
             * @example alloc-1
             */
            allocationId: string;
        };
        MidTermReviewView: {
            /**
             * Format: date-time
             * @description When it was reviewed
             */
            at: string;
            chargedGpuHours: number;
            plannedGpuHours: number;
            /** @description Use below the configured share of plan to date */
            underuse: boolean;
        };
        ModelTrainingDutiesDto: {
            copyrightPolicy: string;
            modelDocumentationForm: string;
            trainingDataSummary: string;
        };
        ModelTrainingDutiesView: {
            copyrightPolicy: string;
            modelDocumentationForm: string;
            trainingDataSummary: string;
        };
        ModeRulesDto: {
            /** @example PG */
            code: string;
            durationsMonths: number[];
            /** @enum {string} */
            intake: "continuous" | "cut-off";
            maxGpuHours: number;
            minGpuHours: number;
            targetWorkingDays: number;
        };
        ModesDto: {
            "fast-lane": components["schemas"]["ModeRulesDto"];
            "large-scale": components["schemas"]["ModeRulesDto"];
            playground: components["schemas"]["ModeRulesDto"];
        };
        ModeTimeToAccessView: {
            /** @description Of those, activated at their site */
            activated: number;
            activatedWithinTarget: number;
            /** @description Two decimals; null without activations */
            averageWorkingDaysToAccess: number | null;
            /** @description Two decimals; null without awards */
            averageWorkingDaysToAward: number | null;
            /** @description Applications awarded */
            awarded: number;
            /** @enum {string} */
            mode: "playground" | "fast-lane" | "large-scale";
            /** @description Share of activations within target (three decimals); null without activations */
            shareWithinTarget: number | null;
            /** @description The configured target, in working days */
            targetWorkingDays: number;
        };
        MonthlyBurnView: {
            /** @description GPU-hours charged in the month */
            gpuHours: number;
            /**
             * @description The month jobs ended in, YYYY-MM
             * @example 2026-11
             */
            month: string;
            /** @description Flagged: the month's burn passed its quota by more than the configured margin (usageChecks.monthlyQuotaMarginPercent) */
            overQuota: boolean;
            percentOfQuota: number;
            quotaGpuHours: number;
        };
        NewSigningSecretView: {
            /** @description Id of the secret (not secret) */
            id: string;
            /** @description whsec_ and base64 of the key: shown this once, keep it now */
            value: string;
        };
        NotChargedRecordView: {
            jobId: string;
            /** @enum {string} */
            reason: "state-not-charged";
            /** @example FAILED */
            state: string;
            system: string;
        };
        ObligationDueView: {
            applicationId: string;
            /**
             * Format: date-time
             * @description When the overdue obligation becomes a breach
             */
            breachAt: string | null;
            /** Format: date-time */
            dueAt: string;
            /** @description The due date as the chair set it */
            dueDate: string;
            /**
             * Format: date-time
             * @description When the evidence waiting for review came in
             */
            evidenceSubmittedAt: string | null;
            legalName: string | null;
            obligationId: string;
            organisationId: string;
            /** @description Overdue and not fulfilled */
            overdue: boolean;
            /** Format: date-time */
            overdueSince: string | null;
            /** @description The organisation's pledge record revision the row reflects: the If-Match of an action on it */
            revision: number;
            /** @enum {string} */
            status: "open" | "evidence-submitted" | "fulfilled";
            /** @description The ethics condition */
            text: string;
        };
        ObligationView: {
            applicationId: string;
            /** Format: date-time */
            breachAt: string | null;
            /** Format: date-time */
            dueAt: string;
            /** @description The due date as the chair set it */
            dueDate: string;
            evidence: components["schemas"]["SubmittedEvidenceView"] | null;
            /** Format: date-time */
            fulfilledAt: string | null;
            obligationId: string;
            /** @description Overdue and not fulfilled */
            overdue: boolean;
            /** Format: date-time */
            overdueSince: string | null;
            /** @enum {string} */
            status: "open" | "evidence-submitted" | "fulfilled";
            /** @description The ethics condition */
            text: string;
        };
        OpenCallDto: {
            /** @description Cut-off timestamps, each at 10:00 CET (Brussels) */
            cutOffs: string[];
            /**
             * @description Only large-scale has calls
             * @enum {string}
             */
            mode: "playground" | "fast-lane" | "large-scale";
        };
        OptionalCommitmentDto: {
            /** @example human-oversight */
            id: string;
            text: string;
        };
        OptionalCommitmentView: {
            /** @description What a signature names when it chooses this commitment */
            id: string;
            text: string;
        };
        OrganisationPledgeHistoryView: {
            /** @description Oldest first */
            events: components["schemas"]["HistoryEntry"][];
            organisationId: string;
            /** @description The page returned (from 1) */
            page: number;
            /** @description The most events a page holds */
            pageSize: number;
            /** @description How many events the whole history holds, whatever the page */
            total: number;
        };
        OrganisationPledgeSummaryView: {
            attestationOverdue: boolean;
            legalName: string | null;
            /** Format: date-time */
            nextAttestationDue: string | null;
            openBreaches: number;
            openObligations: number;
            organisationId: string;
            overdueObligations: number;
            /** @description Stream revision the row reflects */
            revision: number;
            /** @description The pledge version signed */
            signedVersion: number | null;
            /** @enum {string} */
            status: "unsigned" | "signed" | "lapsed" | "withdrawn";
            suspended: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        OrganisationPledgeView: {
            /** @description The next attestation, while the pledge is signed */
            attestation: components["schemas"]["AttestationDueView"] | null;
            attestations: components["schemas"]["AttestationView"][];
            breaches: components["schemas"]["BreachView"][];
            country: string | null;
            lapsed: boolean;
            /** @description Null until intake's registration reached governance */
            legalName: string | null;
            obligations: components["schemas"]["ObligationView"][];
            openBreaches: number;
            organisationId: string;
            /** @description Stream revision; also the ETag */
            revision: number;
            signature: components["schemas"]["SignatureView"] | null;
            /** @enum {string} */
            status: "unsigned" | "signed" | "lapsed" | "withdrawn";
            suspended: boolean;
            suspension: components["schemas"]["SuspensionView"] | null;
        };
        OrganisationView: {
            contacts: components["schemas"]["ContactPersonView"][];
            /** @description ISO 3166-1 alpha-2 */
            country: string;
            legalName: string;
            organisationId: string;
            /** @description The pledge in force, as governance recorded it */
            pledge: components["schemas"]["PledgeSignatureView"] | null;
            /** Format: date-time */
            registeredAt: string;
            registrationNumber: string;
            /** @description Stream revision; also the ETag */
            revision: number;
            sme: components["schemas"]["SmeFactsView"];
        };
        OverusePolicyDto: {
            /** @enum {string} */
            "fast-lane": "lower-priority" | "suspend";
            /** @enum {string} */
            "large-scale": "lower-priority" | "suspend";
            /** @enum {string} */
            playground: "lower-priority" | "suspend";
        };
        OveruseView: {
            /**
             * @description What the programme did at 100 % of the award
             * @enum {string}
             */
            action: "lower-priority" | "suspend";
            /** Format: date-time */
            detectedAt: string;
        };
        PartitionBillingDto: {
            /**
             * @description 'node': GPUs = nodes x gpusPerNode (billed per module); 'gres': the gres/gpu count
             * @enum {string}
             */
            billing: "gres" | "node";
            /**
             * @description Job states this partition charges (COMPLETED always); absent: every state is charged in full. Jobs in other states are recorded and charged 0 GPU-hours.
             * @example [
             *       "COMPLETED",
             *       "TIMEOUT",
             *       "CANCELLED"
             *     ]
             */
            chargedStates?: ("COMPLETED" | "FAILED" | "CANCELLED" | "TIMEOUT" | "NODE_FAIL" | "OUT_OF_MEMORY" | "PREEMPTED" | "BOOT_FAIL" | "DEADLINE" | "REQUEUED")[] | null;
            /** @example 4 */
            gpusPerNode: number;
            /**
             * @description Nodes of the partition: a job record on more nodes is flagged, not charged; absent: not checked
             * @example 2978
             */
            nodes?: number | null;
            /** @example lumi-g */
            partition: string;
            /** @example 383000000000000 */
            peakFlopsPerGpu: number;
            /** @example lumi */
            system: string;
        };
        PartitionCapacityView: {
            partition: string;
            pools: components["schemas"]["CapacityPoolView"][];
            system: string;
        };
        PartitionDto: {
            gpu: string;
            gpusPerNode: number;
            id: string;
            nodes: number;
        };
        PartitionQueueView: {
            entries: components["schemas"]["QueueEntryView"][];
            partition: string;
            system: string;
        };
        PersonErasureView: {
            /**
             * @description Always true: the key is gone
             * @enum {boolean}
             */
            erased: true;
            /** Format: date-time */
            erasedAt: string;
            /** @description person-<uuid> */
            personId: string;
        };
        PledgeSignatureView: {
            /** Format: date-time */
            signedAt: string;
            /** @description The user who signed */
            signedBy: string;
            /** @description The pledge version signed */
            version: string;
        };
        PledgeTextDto: {
            civilianUse: string;
            coreCommitments: components["schemas"]["CoreCommitmentsDto"];
            modelTrainingDuties: components["schemas"]["ModelTrainingDutiesDto"];
            optionalCommitments: components["schemas"]["OptionalCommitmentDto"][];
            summaryOfChanges?: string | null;
        };
        PledgeTextView: {
            civilianUse: string;
            coreCommitments: components["schemas"]["CoreCommitmentsView"];
            modelTrainingDuties: components["schemas"]["ModelTrainingDutiesView"];
            optionalCommitments: components["schemas"]["OptionalCommitmentView"][];
            summaryOfChanges?: string;
        };
        PledgeVersionSummaryView: {
            current: boolean;
            pledgeVersion: number;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            /** Format: date-time */
            resignBy: string;
            summaryOfChanges: string | null;
        };
        PledgeVersionView: {
            /** @description The version organisations must sign now */
            current: boolean;
            pledgeVersion: number;
            /** Format: date-time */
            publishedAt: string;
            publishedBy: string;
            /**
             * Format: date-time
             * @description Until when signatures of earlier versions stay valid
             */
            resignBy: string;
            text: components["schemas"]["PledgeTextView"];
        };
        PrincipleAnswerDto: {
            /** @enum {string} */
            assessment: "no-issue" | "issue-mitigated" | "issue-open";
            explanation: string;
        };
        PrincipleAnswerView: {
            /** @enum {string} */
            assessment: "no-issue" | "issue-mitigated" | "issue-open";
            explanation: string;
        };
        PrinciplesDto: {
            accountabilityAndOversight: components["schemas"]["PrincipleAnswerDto"];
            fairness: components["schemas"]["PrincipleAnswerDto"];
            humanAgency: components["schemas"]["PrincipleAnswerDto"];
            privacyAndDataGovernance: components["schemas"]["PrincipleAnswerDto"];
            transparency: components["schemas"]["PrincipleAnswerDto"];
            wellbeing: components["schemas"]["PrincipleAnswerDto"];
        };
        PrinciplesView: {
            accountabilityAndOversight: components["schemas"]["PrincipleAnswerView"];
            fairness: components["schemas"]["PrincipleAnswerView"];
            humanAgency: components["schemas"]["PrincipleAnswerView"];
            privacyAndDataGovernance: components["schemas"]["PrincipleAnswerView"];
            transparency: components["schemas"]["PrincipleAnswerView"];
            wellbeing: components["schemas"]["PrincipleAnswerView"];
        };
        /** @description RFC 9457 problem details, as application/problem+json */
        Problem: {
            /**
             * @description A stable, machine-readable code (the last segment of `type`)
             * @example validation-failed
             */
            code?: string;
            /**
             * @description What went wrong with this request
             * @example organisationId: organisationId must be a UUID
             */
            detail?: string;
            /** @description The fields at fault, when input was refused */
            errors?: components["schemas"]["ProblemFieldError"][];
            /**
             * @description The path of the request that failed
             * @example /api/applications
             */
            instance?: string;
            /**
             * @description The HTTP status, repeated
             * @example 400
             */
            status: number;
            /**
             * @description A short summary of the kind of problem
             * @example The request is not valid
             */
            title: string;
            /**
             * Format: uri
             * @description A URI naming the kind of problem
             * @example https://hpc-access.eu/problems/validation-failed
             */
            type: string;
        };
        ProblemFieldError: {
            /**
             * @description Path of the field at fault: a body property (dotted for nested ones), a query parameter or a header name
             * @example organisationId
             */
            field: string;
            /**
             * @description Why the value was refused
             * @example organisationId must be a UUID
             */
            reason: string;
        };
        ProgrammeConfigurationView: {
            /** @description Stream revision; also the ETag */
            revision: number;
            rules: components["schemas"]["ProgrammeRulesDto"];
        };
        ProgrammeRulesDto: {
            eligibleCountries: components["schemas"]["EligibleCountriesDto"];
            modes: components["schemas"]["ModesDto"];
            /** @example EHPC-AIF */
            programmeCode: string;
            sme: components["schemas"]["SmeThresholdsDto"];
            systems: components["schemas"]["SystemDto"][];
        };
        ProposalView: {
            civilianUse?: boolean | null;
            dataSources?: components["schemas"]["DataSourcesView"] | null;
            durationMonths?: number | null;
            ethicsSelfAssessment?: components["schemas"]["EthicsSelfAssessmentView"] | null;
            gpuHours?: number | null;
            /** @enum {string|null} */
            mode?: "playground" | "fast-lane" | "large-scale" | null;
            /** @enum {string|null} */
            modelKind?: "language" | "vision" | "multimodal" | "other" | null;
            /** @description Planned GPU-hours per month */
            monthlyUsagePlan?: number[] | null;
            /** @enum {string|null} */
            openSourceIntention?: "yes" | "no" | "partial" | null;
            partition?: string | null;
            projectSummary?: string | null;
            /** @description ISO 8601, as sent */
            startDate?: string | null;
            system?: string | null;
            title?: string | null;
            /** @description Estimated training compute in FLOP */
            trainingComputeFlop?: number | null;
        };
        ProvideInformationDto: {
            answer: string;
            changes?: components["schemas"]["DraftProposalDto"] | null;
        };
        ProvisioningDto: {
            /** @description The site created the project account */
            accountCreated: boolean;
            siteReference?: string | null;
        };
        QueueEntryView: {
            /** Format: uuid */
            allocationId: string | null;
            /** Format: uuid */
            applicationId: string;
            awardedGpuHours: number | null;
            durationMonths: number | null;
            /** @enum {string|null} */
            ethicsOutcome: "cleared" | "cleared-with-conditions" | "refused" | null;
            gpuHours: number | null;
            hold: components["schemas"]["HoldView"] | null;
            /** @enum {string|null} */
            mode: "playground" | "fast-lane" | "large-scale" | null;
            notFundedReason: string | null;
            organisationId: string;
            partition: string | null;
            /** @description First come, first served */
            position: number;
            /** @example EHPC-AIF-2026PG01-0001 */
            projectId: string | null;
            /** Format: date-time */
            queuedAt: string | null;
            /** @enum {string} */
            status: "submitted" | "registered" | "held" | "queued" | "hold-expired" | "awaiting-cut-off" | "awarded" | "not-funded" | "reserve" | "rejected" | "refused" | "withdrawn";
            /** Format: date-time */
            submittedAt: string | null;
            system: string | null;
            /** @enum {string|null} */
            technicalOutcome: "accepted" | "accepted-with-remarks" | "rejected" | null;
            /** @description Once awarded */
            timeToAccess: components["schemas"]["AllocationApplicationTimeToAccessView"] | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Large Scale: the weighted peer-review score */
            weightedScore: number | null;
        };
        QueuesView: {
            /** @description Only partitions with someone waiting */
            queues: components["schemas"]["PartitionQueueView"][];
        };
        RankEntryView: {
            /** Format: uuid */
            allocationId: string | null;
            /** Format: uuid */
            applicationId: string;
            /** @description Awarded; 0 unless awarded or partial */
            gpuHours: number;
            organisationId: string;
            /** @enum {string} */
            outcome: "awarded" | "partial" | "reserve" | "below-threshold" | "barred";
            rank: number;
            weightedScore: number;
        };
        RankingOrderDto: {
            /** @description Every application the cut-off ranks now, each once, best first */
            order: string[];
            /** @description Why the order differs from the scores (recorded with the order) */
            reason: string;
        };
        RankingView: {
            /** Format: uuid */
            callId: string;
            /** Format: date-time */
            cutOffAt: string;
            /** @description Best weighted score first */
            entries: components["schemas"]["RankEntryView"][];
            index: number;
        };
        RatingDto: {
            /**
             * @description For the applicant
             * @example Bias evaluation planned on the held-out set
             */
            comment: string;
            /**
             * @description Internal: for the chair, the reviewers and auditors, never the applicant
             * @example Ask for the evaluation protocol at the next call
             */
            internalComment?: string | null;
            /** @example fairness */
            principle: string;
            /** @enum {string} */
            rating: "no-issue" | "minor-issue" | "major-issue";
        };
        RatingView: {
            /** @description For the applicant */
            comment: string;
            /** @description Internal: for the chair, the reviewers and auditors; absent when none was given */
            internalComment?: string;
            principle: string;
            /** @enum {string} */
            rating: "no-issue" | "minor-issue" | "major-issue";
        };
        Readiness: {
            /**
             * @description Each registered check by name (the database, migrations, storage…), all "up"
             * @example {
             *       "intake-database": "up",
             *       "storage": "up"
             *     }
             */
            checks: {
                [key: string]: "up";
            };
            /** @enum {string} */
            status: "up";
        };
        ReasonDto: {
            /** @example Board decision to leave the programme */
            reason: string;
        };
        RebuildJobView: {
            /** @description Why a failed rebuild failed; the old read model stays in place */
            error: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            progress?: components["schemas"]["RebuildProgressView"] | null;
            projection: string;
            service: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            state: "running" | "done" | "failed";
        };
        RebuildProgressView: {
            /** @description Events replayed into the shadow tables so far */
            done: number;
            eventsPerSecond: number;
            /** @enum {string} */
            phase: "replaying" | "swapping" | "done";
            projection: string;
            /** @description Events in the service's store when the rebuild started (more may come) */
            total: number;
        };
        RecordConflictView: {
            /**
             * Format: uuid
             * @description The import that re-sent it
             */
            importId: string;
            jobId: string;
            /** Format: date-time */
            receivedAt: string;
            /** @description The record as re-sent (system, jobId, account, partition, start, end, elapsedSeconds, state, allocTres, consumedEnergyJoules) */
            resent: {
                [key: string]: unknown;
            };
            system: string;
        };
        RecordUsageDto: {
            records: components["schemas"]["JobRecordDto"][];
        };
        RegisteredReviewerView: {
            expertise: string[];
            /** @description The reviewer's affiliation */
            organisationId: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description The user id the reviewer signs in with */
            reviewerId: string;
            /** @description Stream revision; also the ETag */
            revision: number;
        };
        RegisterOrganisationDto: {
            contacts: components["schemas"]["ContactPersonDto"][];
            /**
             * @description ISO 3166-1 alpha-2 country of establishment
             * @example EE
             */
            country: string;
            /** @example Aurora Models OÜ */
            legalName: string;
            /**
             * @description Defaults to the applicant's organisation from the token, or a new id for staff
             * @example org-aurora
             */
            organisationId?: string | null;
            /** @description VAT or business registry number */
            registrationNumber: string;
            sme: components["schemas"]["SmeFactsDto"];
        };
        RegisterReviewerDto: {
            /**
             * @example [
             *       "privacy",
             *       "fairness"
             *     ]
             */
            expertise: string[];
            /**
             * @description The reviewer's affiliation: never assigned to this organisation's applications
             * @example org-aurora
             */
            organisationId: string;
            /**
             * @description The user id the reviewer signs in with
             * @example rev-anna
             */
            reviewerId: string;
        };
        RegisterWebhookEndpointDto: {
            description?: string | null;
            /** @description Only these kinds; empty or absent: every kind */
            kinds?: ("information-requested" | "screening-outcome" | "ethics-outcome" | "allocation-awarded" | "application-not-funded" | "allocation-provisioned" | "usage-threshold" | "monthly-quota-exceeded" | "allocation-suspended" | "allocation-resumed" | "attestation-due" | "attestation-overdue" | "final-report-due" | "final-report-overdue" | "reviewer-assigned" | "cut-off-ranked")[] | null;
            /**
             * @description The owning organisation (exactly one of organisationId and siteId)
             * @example org-aurora
             */
            organisationId?: string | null;
            /** @description The owning hosting site (exactly one of organisationId and siteId) */
            siteId?: string | null;
            /** @description https URL the notifications are POSTed to; no user name or password in it */
            url: string;
        };
        RejectedLineView: {
            /** @description The line of the file, from 1 */
            line: number;
            reason: string;
        };
        ReviewDto: {
            ratings: components["schemas"]["RatingDto"][];
        };
        ReviewersRequiredDto: {
            /** @example 1 */
            "fast-lane": number;
            /** @example 2 */
            "large-scale": number;
            /** @example 1 */
            playground: number;
        };
        ReviewerView: {
            expertise: string[];
            /** @description The reviewer's affiliation */
            organisationId: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description The user id the reviewer signs in with */
            reviewerId: string;
        };
        ReviewForApplicantView: {
            comments: components["schemas"]["CommentForApplicantView"][];
            /** @description 'Reviewer 1', 'Reviewer 2', ...: the order the reviews came in, not who wrote them */
            reviewer: number;
        };
        ReviewView: {
            ratings: components["schemas"]["RatingView"][];
            reviewerId: string;
            /** Format: date-time */
            submittedAt: string;
        };
        ScoresDto: {
            excellence: number;
            implementation: number;
            innovationAndImpact: number;
        };
        ScoresView: {
            excellence: number;
            implementation: number;
            innovationAndImpact: number;
            /** @description The scores weighted as the configuration says */
            weightedScore: number;
        };
        ScreeningDecisionDto: {
            /** @enum {string} */
            decision: "eligible" | "ineligible" | "information-requested";
            note?: string | null;
            /** @description What the applicant must answer */
            questions?: string[] | null;
            /** @description Why ineligible (failed automatic checks are added) */
            reasons?: string[] | null;
        };
        SetAllocationMembersDto: {
            /**
             * @description User names at the hosting site (^[a-z_][a-z0-9_-]{0,31}$); the whole list, replacing the last
             * @example [
             *       "akovacs",
             *       "jnovak"
             *     ]
             */
            members: string[];
        };
        SignatureView: {
            /** @description Ids of the optional commitments chosen */
            optionalCommitments: string[];
            pledgeVersion: number;
            /** Format: date-time */
            signedAt: string;
            /** @description The representative who signed */
            signedBy: string;
        };
        SignPledgeDto: {
            /**
             * @description Ids of the optional commitments of that version the organisation takes on
             * @example [
             *       "human-oversight"
             *     ]
             */
            optionalCommitments: string[];
            /**
             * @description Must be the current version
             * @example 1
             */
            pledgeVersion: number;
        };
        SiteOrderAcknowledgementDto: {
            /** @description The attempt this outcome is of (the order view says it); another than the current one is 409 attempt-superseded */
            attempt?: number | null;
            /** @description The site's error; kept only with outcome failed */
            error?: string | null;
            /** @enum {string} */
            outcome: "done" | "failed";
        };
        /** @enum {string} */
        SiteOrderStatus: "pending" | "done" | "failed";
        SiteOrderView: {
            /** Format: date-time */
            acknowledgedAt: string | null;
            /** Format: uuid */
            allocationId: string;
            attempt: number;
            /** @description GrpTRESMins gres/gpu: the limit for create-project, resume and set-limit; 0 for suspend; null otherwise */
            gpuMinutes: number | null;
            /** Format: date-time */
            issuedAt: string;
            /** @enum {string} */
            kind: "create-project" | "set-members" | "set-limit" | "suspend" | "resume" | "close";
            /** @description The site's error of the last failure */
            lastError: string | null;
            /** @description Site user names: the whole list for create-project, set-members and close (the users to remove); empty otherwise */
            members: string[];
            /** Format: uuid */
            orderId: string;
            partition: string;
            /**
             * @description The Slurm account to act on (Slurm keeps it in lower case)
             * @example EHPC-AIF-2026PG01-0001
             */
            projectId: string;
            /** @description The site hosting the system now */
            siteId: string;
            /** @enum {string} */
            status: "pending" | "done" | "failed";
            system: string;
        };
        SiteTimeZoneDto: {
            /** @example csc */
            siteId: string;
            /**
             * @description IANA time zone of the site: zone-less sacct times are read in it
             * @example Europe/Helsinki
             */
            timeZone: string;
        };
        SlurmAccountMappingView: {
            /**
             * @description The Slurm account in lower case, as Slurm keeps it
             * @example proj-legacy
             */
            account: string;
            /** @example alloc-1 */
            allocationId: string;
            /** Format: date-time */
            mappedAt: string;
            /** @example officer-1 */
            mappedBy: string;
            /** @description Revision of the mapping's stream (ETag) */
            revision: number;
            /** @example lumi */
            system: string;
        };
        SmeFactsDto: {
            /** @description Annual balance sheet total, EUR million */
            balanceSheetEurM: number;
            /** @description Staff headcount (annual work units) */
            staff: number;
            /** @description Annual turnover, EUR million */
            turnoverEurM: number;
        };
        SmeFactsView: {
            /** @description Annual balance sheet total, EUR million */
            balanceSheetEurM: number;
            /** @description Staff headcount (annual work units) */
            staff: number;
            /** @description Annual turnover, EUR million */
            turnoverEurM: number;
        };
        SmeThresholdsDto: {
            maxBalanceSheetEurM: number;
            maxStaff: number;
            maxTurnoverEurM: number;
        };
        StandingView: {
            /** @description Its allocations (a site or its technical assessor: those on its systems) */
            allocations: string[];
            /** @description Barred from new awards while a final report is overdue */
            barred: boolean;
            organisationId: string;
            /** @description The allocations whose final report is overdue */
            overdueFinalReports: string[];
        };
        SubjectView: {
            /** @example app-1 */
            id: string;
            /** @example application */
            type: string;
        };
        SubmitAttestationDto: {
            /**
             * @description Energy used so far, in kWh
             * @example 12500
             */
            declaredEnergyKwh: number;
            /**
             * @description Training compute used so far, in FLOP
             * @example 3.2e+21
             */
            declaredTrainingFlop: number;
            evidence: components["schemas"]["EvidenceDto"];
        };
        SubmittedEvidenceView: {
            links: string[];
            /** Format: date-time */
            submittedAt: string;
            submittedBy: string;
            summary: string;
        };
        SubscriberErasureView: {
            /**
             * @description Always true: the key is gone
             * @enum {boolean}
             */
            erased: true;
            /** Format: date-time */
            erasedAt: string;
            userId: string;
        };
        SubscriptionDto: {
            /** @description Channels per kind; a kind left out gets both. Mandatory kinds (allocation-suspended, attestation-overdue, final-report-overdue) must keep both */
            channels?: {
                "allocation-awarded"?: ("inbox" | "email")[];
                "allocation-provisioned"?: ("inbox" | "email")[];
                "allocation-resumed"?: ("inbox" | "email")[];
                "allocation-suspended"?: ("inbox" | "email")[];
                "application-not-funded"?: ("inbox" | "email")[];
                "attestation-due"?: ("inbox" | "email")[];
                "attestation-overdue"?: ("inbox" | "email")[];
                "cut-off-ranked"?: ("inbox" | "email")[];
                "ethics-outcome"?: ("inbox" | "email")[];
                "final-report-due"?: ("inbox" | "email")[];
                "final-report-overdue"?: ("inbox" | "email")[];
                "information-requested"?: ("inbox" | "email")[];
                "monthly-quota-exceeded"?: ("inbox" | "email")[];
                "reviewer-assigned"?: ("inbox" | "email")[];
                "screening-outcome"?: ("inbox" | "email")[];
                "usage-threshold"?: ("inbox" | "email")[];
            } | null;
            /**
             * Format: email
             * @description Where e-mail goes; absent: no e-mail. Sealed under the person's key
             * @example kadri.tamm@aurora-models.ee
             */
            email?: string | null;
            /**
             * @description BCP 47 language of the messages (English when there is no catalogue for it)
             * @example en
             */
            language: string;
        };
        SubscriptionView: {
            /** @description The channels of every kind, as they apply */
            channels: {
                "allocation-awarded"?: ("inbox" | "email")[];
                "allocation-provisioned"?: ("inbox" | "email")[];
                "allocation-resumed"?: ("inbox" | "email")[];
                "allocation-suspended"?: ("inbox" | "email")[];
                "application-not-funded"?: ("inbox" | "email")[];
                "attestation-due"?: ("inbox" | "email")[];
                "attestation-overdue"?: ("inbox" | "email")[];
                "cut-off-ranked"?: ("inbox" | "email")[];
                "ethics-outcome"?: ("inbox" | "email")[];
                "final-report-due"?: ("inbox" | "email")[];
                "final-report-overdue"?: ("inbox" | "email")[];
                "information-requested"?: ("inbox" | "email")[];
                "monthly-quota-exceeded"?: ("inbox" | "email")[];
                "reviewer-assigned"?: ("inbox" | "email")[];
                "screening-outcome"?: ("inbox" | "email")[];
                "usage-threshold"?: ("inbox" | "email")[];
            };
            /** @description The address in clear, to its owner only; null when none was given */
            email: string | null;
            /** @example en */
            language: string;
            /** @description Kinds that cannot be turned off */
            mandatoryKinds: string[];
            /** @description Whether the person has a subscription (an address, language and choices) */
            subscribed: boolean;
            userId: string;
        };
        SuspensionDto: {
            /** @description The breach the suspension answers */
            breachId?: string | null;
            /** @example Board decision to leave the programme */
            reason: string;
        };
        SuspensionReasonView: {
            /** @description Who recorded it; null on suspensions recorded before reasons were kept apart */
            actorId: string | null;
            /**
             * @description overuse and staff-decision are lifted by the allocation committee, governance by governance
             * @enum {string}
             */
            cause: "overuse" | "governance" | "staff-decision";
            reason: string;
            /** Format: date-time */
            since: string;
            /** @enum {string} */
            suspendedBy: "accounting" | "governance" | "staff";
        };
        SuspensionView: {
            /** @description The breach it answers, if one was named */
            breachId: string | null;
            reason: string;
            /** Format: date-time */
            requestedAt: string;
        };
        SystemCheckpointView: {
            /** @example 2026-12-07T13:51:35Z */
            checkpoint: string;
            /** Format: uuid */
            importId: string;
            /** Format: date-time */
            recordedAt: string;
            /**
             * @description null for a JSON batch of several systems
             * @example leonardo
             */
            system: string | null;
        };
        SystemDto: {
            id: string;
            name: string;
            partitions: components["schemas"]["PartitionDto"][];
            site: string;
        };
        TechnicalAssessmentDto: {
            /** @enum {string} */
            outcome: "accepted" | "accepted-with-remarks" | "rejected";
            /** @description Required unless accepted as is, e.g. "codes not installed" */
            remarks?: string | null;
        };
        TechnicalAssessmentView: {
            /** @enum {string} */
            outcome: "accepted" | "accepted-with-remarks" | "rejected";
            /** @description Empty when the site gave none */
            remarks: string;
        };
        TimelineActor: {
            id: string;
            /** @example intake-officer */
            role: string;
        };
        TimelineEvent: {
            /** @description Who did it, as the metadata says */
            actor: components["schemas"]["TimelineActor"] | null;
            /** @description The data as stored: personal data stays the ciphertext the hash covers */
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            eventId: string;
            /**
             * @description Its position in its service's table (a decimal string)
             * @example 42
             */
            globalPosition: string;
            /** @description SHA-256 chain hash, hex (ADR 6) */
            hash: string;
            /** @description Its leaf index in the audit ledger (the timeline's order) */
            ledgerIndex: number;
            /** @description The metadata as stored */
            metadata: {
                [key: string]: unknown;
            };
            /** @description The hash of the stream's event before it; null for the first */
            prevHash: string | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description The schema version of its data, if the metadata names one */
            schemaVersion: number | null;
            /**
             * @description The schema of the service that recorded it
             * @example intake
             */
            service: string;
            /** @description The entity's stream */
            streamId: string;
            streamPosition: number;
            /** @example ApplicationSubmitted */
            type: string;
        };
        TimeToAccessView: {
            /** @description One entry per access mode */
            modes: components["schemas"]["ModeTimeToAccessView"][];
        };
        UsageCheckpointView: {
            /**
             * @description The opaque checkpoint the agent sent; null before its first batch
             * @example 2026-12-07T13:40:12|1042
             */
            checkpoint: string | null;
            /** @description Every system's last checkpoint, latest first */
            checkpoints: components["schemas"]["SystemCheckpointView"][];
            /**
             * Format: uuid
             * @description The import that recorded it
             */
            importId: Record<string, never> | null;
            /** Format: date-time */
            recordedAt: Record<string, never> | null;
            /** @example csc */
            siteId: string;
            /**
             * @description The system asked for, or that of the latest checkpoint
             * @example lumi
             */
            system: string | null;
        };
        UsageChecksDto: {
            /**
             * @description Minutes a job may end after the time it is received (clock skew) before it is flagged as in the future
             * @example 15
             */
            futureToleranceMinutes: number;
            /**
             * @description Hours after the allocation's end a job may still end and be charged
             * @example 24
             */
            graceHoursAfterEnd: number;
            /**
             * @description A month whose burn passes its quota by more than this share of the quota is flagged (50: above 150 %)
             * @example 50
             */
            monthlyQuotaMarginPercent: number;
        };
        WebhookDeliveryAttemptView: {
            /** @description Its number among the attempts of this delivery, from 1 */
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            /**
             * Format: uuid
             * @description The delivery (the webhook-id the receiver saw)
             */
            deliveryId: string;
            /** @description True on the attempt after which the delivery was given up */
            failed?: boolean;
            /** @enum {string} */
            kind: "information-requested" | "screening-outcome" | "ethics-outcome" | "allocation-awarded" | "application-not-funded" | "allocation-provisioned" | "usage-threshold" | "monthly-quota-exceeded" | "allocation-suspended" | "allocation-resumed" | "attestation-due" | "attestation-overdue" | "final-report-due" | "final-report-overdue" | "reviewer-assigned" | "cut-off-ranked";
            /**
             * Format: date-time
             * @description When the next attempt is due, after a retry outcome
             */
            nextAttemptAt?: string;
            /** Format: uuid */
            notificationId: string;
            /** @enum {string} */
            outcome: "delivered" | "retry" | "rejected";
            /** @description Why it failed, in short */
            reason?: string;
            /** @description The receiver's HTTP status, when it answered */
            status?: number;
        };
        WebhookEndpointView: {
            description: string;
            /**
             * @description Why it is disabled; gone: the receiver answered 410
             * @enum {string}
             */
            disabledReason?: "by-owner" | "gone";
            enabled: boolean;
            /** Format: uuid */
            endpointId: string;
            /** @description The kinds it receives; empty: every kind */
            kinds: ("information-requested" | "screening-outcome" | "ethics-outcome" | "allocation-awarded" | "application-not-funded" | "allocation-provisioned" | "usage-threshold" | "monthly-quota-exceeded" | "allocation-suspended" | "allocation-resumed" | "attestation-due" | "attestation-overdue" | "final-report-due" | "final-report-overdue" | "reviewer-assigned" | "cut-off-ranked")[];
            /** @description Set when the endpoint belongs to an organisation */
            organisationId?: string;
            /**
             * Format: date-time
             * @description Until when the previous secret still signs beside the current one
             */
            previousSecretExpiresAt?: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description The stream revision, also sent as ETag */
            revision: number;
            /** @description Set when the endpoint belongs to a hosting site */
            siteId?: string;
            url: string;
        };
        WebhookEndpointWithSecretView: {
            description: string;
            /**
             * @description Why it is disabled; gone: the receiver answered 410
             * @enum {string}
             */
            disabledReason?: "by-owner" | "gone";
            enabled: boolean;
            /** Format: uuid */
            endpointId: string;
            /** @description The kinds it receives; empty: every kind */
            kinds: ("information-requested" | "screening-outcome" | "ethics-outcome" | "allocation-awarded" | "application-not-funded" | "allocation-provisioned" | "usage-threshold" | "monthly-quota-exceeded" | "allocation-suspended" | "allocation-resumed" | "attestation-due" | "attestation-overdue" | "final-report-due" | "final-report-overdue" | "reviewer-assigned" | "cut-off-ranked")[];
            /** @description Set when the endpoint belongs to an organisation */
            organisationId?: string;
            /**
             * Format: date-time
             * @description Until when the previous secret still signs beside the current one
             */
            previousSecretExpiresAt?: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description The stream revision, also sent as ETag */
            revision: number;
            secret: components["schemas"]["NewSigningSecretView"];
            /** @description Set when the endpoint belongs to a hosting site */
            siteId?: string;
            url: string;
        };
        WithdrawApplicationDto: {
            reason: string;
        };
        WordsView: {
            /** @description The due date written out in the language */
            dueBy?: string;
            /**
             * @description The language written in: the reader's (their notification settings, else Accept-Language) where there is a catalogue for it, else English
             * @example en
             */
            language: string;
            nextStep: string;
            /** @example Application app-1 is eligible */
            subject: string;
            whatHappened: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "accounting.listSlurmAccountMappings": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlurmAccountMappingView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.mapSlurmAccount": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the mapping changed since */
                "If-Match"?: string;
            };
            path: {
                account: string;
                system: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MapSlurmAccountDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlurmAccountMappingView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The allocation is not active in accounting, or is on another system */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.listAllocations": {
        parameters: {
            query?: {
                mode?: "playground" | "fast-lane" | "large-scale";
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                status?: "active" | "suspended" | "closed";
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AllocationBalanceView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.getAllocation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationAccountView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accounting knows no such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.getAllocationHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationAccountHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accounting knows no such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.listAllocationJobRecords": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                status?: "charged" | "flagged";
            };
            header?: never;
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The allocation the records are of */
                        allocationId: string;
                        items: components["schemas"]["JobRecordView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Accounting knows no such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.getConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.changeConfiguration": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the configuration changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountingConfigurationDto"];
            };
        };
        responses: {
            /** @description The configuration now in force */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountingConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed concurrently; read it again and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A partition with two billing rules, thresholds not ascending, an unknown time zone or job state, COMPLETED not charged… */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.getConfigurationHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationHistory"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.listImports": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                source?: "json" | "sacct" | "reassessment";
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.getImport": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportDetailView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such import, or another site's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.listRecordConflicts": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecordConflictView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.getUsageCheckpoint": {
        parameters: {
            query?: {
                /** @description The system whose checkpoint to answer (an agent reads each system's jobs apart); default: the latest of any */
                system?: string;
            };
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageCheckpointView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.listUnassignedRecords": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                reason?: "unknown-allocation" | "allocation-suspended" | "allocation-closed" | "system-mismatch" | "no-billing-rule" | "end-before-start" | "more-gpus-per-node-than-partition" | "more-nodes-than-partition" | "before-start" | "after-end" | "in-future";
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JobRecordView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.reassessRecords": {
        parameters: {
            query?: {
                system?: string;
            };
            header?: {
                /** @description Same key: the same report, no second reassessment */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reassessment's report (source reassessment) */
            201: {
                headers: {
                    /** @description Where the import's report stays readable */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still running, or the charge met concurrent changes too often */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used for a different request, or the request cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.recordUsage": {
        parameters: {
            query?: {
                /** @description The site agent's checkpoint after this batch (opaque, at most 200 characters): recorded with the batch, read back at GET /api/accounting/sites/{siteId}/usage-checkpoint */
                checkpoint?: string;
                /** @description The hosting site the usage is for: required when an accounting officer uploads on a site's behalf; a site's own token names its site */
                siteId?: string;
                /** @description IANA zone of the upload's zone-less times (sacct prints local time without a zone): UTC when sacct ran with TZ=UTC. Default: the site's configured zone; without either, zone-less times are refused (422) */
                timeZone?: string;
            };
            header?: {
                /** @description Same key and body: the same report, no second import */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordUsageDto"];
            };
        };
        responses: {
            /** @description The import report */
            201: {
                headers: {
                    /** @description Where the import's report stays readable */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still running, or the charge met concurrent changes too often */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Zone-less times of a site with no known zone; a site nobody hosts; or the Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "accounting.importSacct": {
        parameters: {
            query: {
                /** @description The site agent's checkpoint after this batch (opaque, at most 200 characters): recorded with the batch, read back at GET /api/accounting/sites/{siteId}/usage-checkpoint */
                checkpoint?: string;
                /** @description The hosting site the usage is for: required when an accounting officer uploads on a site's behalf; a site's own token names its site */
                siteId?: string;
                system: string;
                /** @description IANA zone of the upload's zone-less times (sacct prints local time without a zone): UTC when sacct ran with TZ=UTC. Default: the site's configured zone; without either, zone-less times are refused (422) */
                timeZone?: string;
            };
            header?: {
                /** @description Same key and file: the same report, no second import */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/plain": string;
            };
        };
        responses: {
            /** @description The import report */
            201: {
                headers: {
                    /** @description Where the import's report stays readable */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still running, or the charge met concurrent changes too often */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing readable: an empty file, a header without the needed fields, no finished job allocation; zone-less times of a site with no known zone; a site nobody hosts; or the Idempotency-Key was used with another file */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin.getReadModelRebuild": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projection: string;
                service: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildJobView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or projection, or no rebuild of it since the platform started */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "admin.rebuildReadModel": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projection: string;
                service: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started; GET the same path for its progress */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RebuildJobView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or projection; the detail lists the valid ones */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A rebuild of this service is running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The projection cannot be rebuilt in a shadow schema; the detail says why */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listAllocations": {
        parameters: {
            query?: {
                mode?: "playground" | "fast-lane" | "large-scale";
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                status?: "awarded" | "active" | "suspended" | "closed";
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AllocationSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getAllocation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.closeAllocationEarly": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the allocation changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EarlyClosureDto"];
            };
        };
        responses: {
            /** @description The allocation, now closed, its final report due */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.submitFinalReport": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the allocation changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalReportDto"];
            };
        };
        responses: {
            /** @description The allocation with its final report recorded */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The allocation is not closed yet, or its final report was already submitted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getAllocationHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getMembers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationMembersView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.setMembers": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the member list last read; 412 if it changed since */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetAllocationMembersDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationMembersView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The allocation is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.confirmProvisioning": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the allocation changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisioningDto"];
            };
        };
        responses: {
            /** @description The allocation, now active */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already confirmed, or the allocation is closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.resumeAllocation": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the allocation changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allocation: active again (or awarded, if never activated), or still suspended for the reasons `suspensions` lists */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not suspended, or suspended only for reasons the committee does not lift (suspended-by-others) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.suspendAllocation": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the allocation changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The allocation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationSuspensionDto"];
            };
        };
        responses: {
            /** @description The allocation, now suspended */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already suspended, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listApplications": {
        parameters: {
            query?: {
                mode?: "playground" | "fast-lane" | "large-scale";
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                partition?: string;
                status?: "submitted" | "registered" | "held" | "queued" | "hold-expired" | "awaiting-cut-off" | "awarded" | "not-funded" | "reserve" | "rejected" | "refused" | "withdrawn";
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AllocationApplicationSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationApplicationReadView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allocation knows no such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getApplicationHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationApplicationHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Allocation knows no such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.scoreApplication": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoresDto"];
            };
        };
        responses: {
            /** @description The application with its scores */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or not yet found eligible in allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a Large Scale application, or the application is decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.assessApplicationTechnically": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TechnicalAssessmentDto"];
            };
        };
        responses: {
            /** @description The application after the assessment */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application, or not yet found eligible in allocation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already assessed, or the application is decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Remarks are required unless accepted as is */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listCalls": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CallSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.openCall": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one call */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCallDto"];
            };
        };
        responses: {
            /** @description Done */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not Large Scale; a cut-off repeated, in the past or not at 10:00 in Brussels; or the Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getCall": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getCutOffRanking": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The call id */
                id: string;
                /** @description The cut-off, from 0 (earliest) */
                index: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call or cut-off, or the cut-off has not passed yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.setRankingOrder": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the call last read; 412 if the call changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The call id */
                id: string;
                /** @description The cut-off, from 0 (earliest) */
                index: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RankingOrderDto"];
            };
        };
        responses: {
            /** @description The call, with the order recorded at its cut-off */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call or cut-off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The cut-off has passed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order is not a permutation of the applications the cut-off ranks now */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getCallHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The call id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such call */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getCapacity": {
        parameters: {
            query?: {
                /** @description First month, YYYY-MM; default the current month */
                from?: string;
                months?: number;
                partition?: string;
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getCapacityLedgerHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                partition: string;
                system: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapacityLedgerHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A technical assessor of a site that does not host the system */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The partition has no ledger yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration in force, in the form a PUT takes */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationConfiguration"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.changeConfiguration": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the configuration changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AllocationConfiguration"];
            };
        };
        responses: {
            /** @description The configuration now in force */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationConfiguration"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The configuration is already exactly this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Weights not adding up to 1, a mode code, partition or site twice, or a system hosted by no site or by two */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getConfigurationHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationHistory"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listHolds": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                partition?: string;
                status?: "placed" | "released" | "converted";
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HoldSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getOrganisationStanding": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The organisation id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its standing; an organisation without awards has no allocations and is not barred */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StandingView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listQueues": {
        parameters: {
            query?: {
                partition?: string;
                system?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuesView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listAllSiteOrders": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: components["schemas"]["SiteOrderStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SiteOrderView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.listSiteOrders": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: components["schemas"]["SiteOrderStatus"];
            };
            header?: never;
            path: {
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SiteOrderView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.acknowledgeSiteOrder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
                siteId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteOrderAcknowledgementDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteOrderView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order is already done (a different outcome), at another attempt than the one named, or an earlier order of the project is not done */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.retrySiteOrder": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
                siteId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteOrderView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The order is not failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "allocation.getTimeToAccess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeToAccessView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.listApplications": {
        parameters: {
            query?: {
                mode?: "playground" | "fast-lane" | "large-scale";
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: "draft" | "submitted" | "screening" | "information-requested" | "eligible" | "ineligible" | "ethics-information-requested" | "awarded" | "refused" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApplicationSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.draftApplication": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one draft */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftApplicationDto"];
            };
        };
        responses: {
            /** @description The draft */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed: retry after the seconds in Retry-After */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used for a different request, or the request cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.getApplication": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.amendApplication": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AmendApplicationDto"];
            };
        };
        responses: {
            /** @description The application as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not in a state that allows this, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A submitted application would lose a required field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.getApplicationHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.provideInformation": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvideInformationDto"];
            };
        };
        responses: {
            /** @description The application as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not in a state that allows this, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The answer would remove a required field, or changes the proposal under ethics review */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.decideScreening": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningDecisionDto"];
            };
        };
        responses: {
            /** @description The application as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not in a state that allows this, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Eligible despite a failed automatic check, or no reason or question given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.startScreening": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not in a state that allows this, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.submitApplication": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not in a state that allows this, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A required field of the proposal is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.withdrawApplication": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the application changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The application id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicationDto"];
            };
        };
        responses: {
            /** @description The application as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such application */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not in a state that allows this, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getDecision": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The deciding event (EthicsCaseDecided, or allocation's ApplicationAwarded) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Decision"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such event, or it is not a decision this route explains */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getEntityAsOf": {
        parameters: {
            query: {
                /** @description The instant: events recorded at or before it are applied */
                asOf: string;
            };
            header?: never;
            path: {
                /** @description The kind of entity: application, organisation, ethics-case, allocation, allocation-application, capacity-ledger, breach-report, organisation-pledge, allocation-account (services/audit/README.md names the service and stream of each); another is 404 */
                entityType: string;
                /** @description The entity's id as its service gives it (a capacity ledger: `<system>.<partition>`) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityAsOf"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown entity type, no such entity, or it did not exist yet at that instant */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.exportBundle": {
        parameters: {
            query?: {
                /** @description Only events recorded at or after this instant (default: from the first) */
                from?: string;
                /** @description Only events recorded before this instant (default: up to the export) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle, one JSON record per line (services/audit-cli/README.md); header X-Bundle-Events: the number of events that follow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                };
            };
            /** @description from or to is not an ISO 8601 instant, or from is not before to */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getCheckpoint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tree size the checkpoint was signed at */
                treeSize: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheckpoint"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No checkpoint of that size was signed */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getLatestCheckpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheckpoint"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No checkpoint has been signed yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getConsistencyProof": {
        parameters: {
            query: {
                /** @description The size of the older checkpoint */
                from: number;
                /** @description The size of the newer checkpoint (at least from) */
                to: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerConsistencyProof"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No checkpoint of one of the sizes was signed */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getInclusionProof": {
        parameters: {
            query?: {
                /** @description The size of the checkpoint to prove against; default the latest */
                treeSize?: number;
            };
            header?: never;
            path: {
                /** @description The event's id */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerInclusionProof"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not sequenced yet, not in that checkpoint, or there is no such checkpoint */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.getPublicKey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPublicKey"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "audit.listTimeline": {
        parameters: {
            query?: {
                /** @description Only events by this actor (user id) */
                actorId?: string;
                /** @description Only events recorded at or after this instant */
                from?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description Only events by an actor in this role (as the metadata records it) */
                role?: string;
                /** @description Only this service's events */
                service?: "intake" | "governance" | "ethics" | "allocation" | "accounting";
                /** @description Only the events of this entity (its stream id) */
                streamId?: string;
                /** @description Only events recorded before this instant */
                to?: string;
                /** @description Only events of this type */
                type?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TimelineEvent"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "devIdentity.getOpenIdConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevOpenIdConfiguration"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "devIdentity.getJwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevJwks"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "devIdentity.issueToken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevTokenRequestBody"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description Token responses are never cached (RFC 6749 section 5.1) */
                    "Cache-Control"?: "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DevTokenResponse"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.listCases": {
        parameters: {
            query?: {
                /** @description 'me' or a reviewer id: cases that reviewer is assigned to (a reviewer always sees only their own) */
                assignedTo?: string;
                mode?: "playground" | "fast-lane" | "large-scale";
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: "in-review" | "awaiting-decision" | "information-requested" | "decided" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CaseSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.getCase": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case id (the application's id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsCaseView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.assignReviewer": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the case changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The case id (the application's id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignReviewerDto"];
            };
        };
        responses: {
            /** @description The case as the caller may now see it */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsCaseView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed or not ready for this, a concurrent change won, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a registered reviewer, affiliated with the applicant, or the assigning chair; or the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.decideCase": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the case changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The case id (the application's id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description The case as the caller may now see it */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsCaseView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed or not ready for this, a concurrent change won, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conditions, reasons or questions missing or not allowed for the outcome, or a condition due in the past; or the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.declareConflict": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the case changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The case id (the application's id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarationDto"];
            };
        };
        responses: {
            /** @description The case as the caller may now see it */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsCaseView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed or not ready for this, a concurrent change won, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.getCaseHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The case id (the application's id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.submitReview": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the case changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The case id (the application's id) */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDto"];
            };
        };
        responses: {
            /** @description The case as the caller may now see it */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsCaseView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case is closed or not ready for this, a concurrent change won, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A principle unknown, rated twice or not rated; or the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.getConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The configuration has not been seeded yet (only while the service starts) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.changeConfiguration": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the configuration changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EthicsConfigurationDto"];
            };
        };
        responses: {
            /** @description The configuration now in force */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EthicsConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The configuration has not been seeded yet (only while the service starts) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No principle, a principle listed twice, or fewer than one reviewer for a mode */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.getConfigurationHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationHistory"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.listReviewers": {
        parameters: {
            query?: {
                /** @description Reviewers with this expertise */
                expertise?: string;
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReviewerView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "ethics.registerReviewer": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one registration */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterReviewerDto"];
            };
        };
        responses: {
            /** @description Done */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredReviewerView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The reviewer is already registered, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used for a different request, or the request cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.listBreachReports": {
        parameters: {
            query?: {
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: "open" | "confirmed" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BreachReportView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.fileBreachReport": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one report */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileBreachReportDto"];
            };
        };
        responses: {
            /** @description Done */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachReportView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed: retry after the seconds in Retry-After */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used for a different request, or the request cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getBreachReport": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The report id (a UUID when filed here) */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachReportView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.decideBreachReport": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the report changed since */
                "If-Match"?: string;
            };
            path: {
                /** @description The report id (a UUID when filed here) */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreachDecisionDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachReportView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report, or its organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The report was decided already, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getBreachReportHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                /** @description The report id (a UUID when filed here) */
                reportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachReportHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such report */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The configuration has not been seeded yet (only while the service starts) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.changeConfiguration": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the configuration changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GovernanceConfigurationDto"];
            };
        };
        responses: {
            /** @description The numbers now in force */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GovernanceConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The configuration has not been seeded yet (only while the service starts) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A number out of its range */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getConfigurationHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationHistory"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.listObligations": {
        parameters: {
            query?: {
                /** @description Only obligations due before this instant (a date is its start, UTC) */
                dueBefore?: string;
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description Only obligations overdue and not fulfilled (true), or not overdue (false) */
                overdue?: boolean;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description open: no evidence yet; evidence-submitted: waiting for the officer; fulfilled: accepted */
                status?: "open" | "evidence-submitted" | "fulfilled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ObligationDueView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.listOrganisations": {
        parameters: {
            query?: {
                /** @description Only organisations with open breaches (true) or without (false) */
                openBreaches?: boolean;
                /** @description An organisation id (3 to 64 lower-case letters, digits or dashes) */
                organisationId?: string;
                /** @description Only organisations with an overdue attestation or obligation (true) or without (false) */
                overdue?: boolean;
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: "unsigned" | "signed" | "lapsed" | "withdrawn";
                suspended?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OrganisationPledgeSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getOrganisation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.submitAttestation": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitAttestationDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No attestation due (pledge not signed) or not yet open, a concurrent change, or a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getOrganisationHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.acceptObligationEvidence": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                obligationId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The organisation's pledge record as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance, or has no such obligation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Its pledge record does not allow this now, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.submitObligationEvidence": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                obligationId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvidenceDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance, or has no such obligation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The obligation is fulfilled already, a concurrent change, or a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.rejectObligationEvidence": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                obligationId: string;
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance, or has no such obligation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Its pledge record does not allow this now, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.requestReinstatement": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Its pledge record does not allow this now, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.signPledge": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one effect */
                "Idempotency-Key"?: string;
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignPledgeDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance, or no pledge version was published yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the current version, signed already, a concurrent change, or a request with this Idempotency-Key still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An optional commitment the version does not have, or the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.requestSuspension": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspensionDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Its pledge record does not allow this now, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The breach named is not one of this organisation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.withdrawPledge": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the organisation's pledge record changed since */
                "If-Match"?: string;
            };
            path: {
                organisationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description The organisation's pledge record as it now stands */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPledgeView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is not known to governance */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Its pledge record does not allow this now, or a concurrent change won */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.listPledgeVersions": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The version organisations must sign now (0 before the first) */
                        currentVersion: number;
                        items: components["schemas"]["PledgeVersionSummaryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.publishPledgeVersion": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one version */
                "Idempotency-Key"?: string;
                /** @description The ETag of the version list last read; 412 if another version was published since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PledgeTextDto"];
            };
        };
        responses: {
            /** @description The version published, now the current one */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeVersionView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A concurrent publication won, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Optional commitment ids repeat, or the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "governance.getPledgeVersion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pledge version number */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PledgeVersionView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such pledge version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.getProgrammeConfiguration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.changeProgrammeConfiguration": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the rules changed since */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeProgrammeConfigurationDto"];
            };
        };
        responses: {
            /** @description The rules now in force */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeConfigurationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A concurrent change won, or the rules were never seeded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The rules contradict themselves (limits inverted, duplicate codes, systems or partitions) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.getProgrammeConfigurationHistory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfigurationHistory"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.listDeliveries": {
        parameters: {
            query?: {
                channel?: "email" | "webhook";
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description By the list's time (the route's summary names it): oldest or newest first. Left out, the list's usual order */
                sort?: components["schemas"]["ListSort"];
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DeliveryView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.listInbox": {
        parameters: {
            query?: {
                order?: "unread-first" | "newest";
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
                /** @description Only what the caller has not read */
                unreadOnly?: boolean;
            };
            header?: {
                /** @description The language of the words when the reader has not chosen one in their notification settings; English where there is no catalogue */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["InboxItemView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                        /** @description How many the caller has not read */
                        unread: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.markRead": {
        parameters: {
            query?: never;
            header?: {
                /** @description The language of the words when the reader has not chosen one in their notification settings; English where there is no catalogue */
                "accept-language"?: string;
            };
            path: {
                notificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InboxItemView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such notification among those the caller may see */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.getSubscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.setSubscription": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscriptionDto"];
            };
        };
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriptionView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The person was erased: no address can be kept for them again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.eraseSubscriber": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubscriberErasureView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No subscription of this person is held */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.listWebhookEndpoints": {
        parameters: {
            query?: {
                /** @description Whose endpoints; an applicant's own organisation when absent */
                organisationId?: string;
                /** @description Whose endpoints; a site's own when absent */
                siteId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointView"][];
                };
            };
            /** @description Neither or both of organisationId and siteId named, where the caller has no endpoints of its own */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.registerWebhookEndpoint": {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key and body: same answer, one endpoint */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterWebhookEndpointDto"];
            };
        };
        responses: {
            /** @description Done */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with this Idempotency-Key is still being processed: retry after the seconds in Retry-After */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well formed but cannot be carried out */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.getWebhookEndpoint": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.listWebhookDeliveries": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["WebhookDeliveryAttemptView"][];
                        /** @description The page returned (from 1) */
                        page: number;
                        /** @description The most items a page holds */
                        pageSize: number;
                        /** @description How many items the whole list holds, whatever the page */
                        total: number;
                    };
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.disableWebhookEndpoint": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the endpoint changed since */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.enableWebhookEndpoint": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the endpoint changed since */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "notifications.rotateWebhookSecret": {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag last read; 412 if the endpoint changed since */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpointWithSecretView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller may not do this (role or scope) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The If-Match revision is stale */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.registerOrganisation": {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterOrganisationDto"];
            };
        };
        responses: {
            /** @description The organisation registered, contacts in full */
            201: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    /** @description The path of the resource created */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The organisation is already registered, or a request with this Idempotency-Key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is not application/json in UTF-8 (or its Content-Encoding is not supported) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No authorised representative among the contacts, or the Idempotency-Key was used with a different body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.getOrganisation": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description The stream revision, quoted (RFC 9110): send it as If-Match with the next change */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.getOrganisationHistory": {
        parameters: {
            query?: {
                /** @description The page to return, from 1 */
                page?: number;
                /** @description The most items a page holds */
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeOrganisationHistoryView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such organisation */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "intake.erasePerson": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description person-<uuid>, as the organisation lists its contacts */
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonErasureView"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token (missing, expired, wrongly signed, wrong issuer or audience); the WWW-Authenticate header says why */
            401: {
                headers: {
                    /** @description The bearer challenge, with the reason a token was refused */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or scope does not allow this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No personal data of this person is held */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed authentications (or token requests) from this address: retry after the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unavailable: the storage is full (retry after the seconds in Retry-After) or the identity provider cannot be reached */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "health.live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "health.ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready: the detail names each check and why it failed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    "metrics.scrape": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is not valid (a parameter, the body, or a NUL character in the URL): the fields at fault are listed in `errors` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description METRICS_TOKEN is set and the request does not carry it */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
