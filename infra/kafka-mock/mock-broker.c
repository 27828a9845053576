/*
 * The Kafka of the test suite (ARCHITECTURE.md section 8): librdkafka's mock cluster, a
 * Kafka-protocol broker on loopback, with the topics created up front because the mock does not
 * answer the admin CreateTopics request.
 *
 *   mock-broker <broker-count> [<topic>:<partitions> ...] [-f <topics-file>]
 *
 * A topics file holds one `<topic>:<partitions>` per line; blank lines and `#` comments are skipped.
 * Prints the bootstrap address (host:port,...) as one line on stdout, then reads commands on stdin,
 * one per line, and answers each with one line, `ok` or `error <why>`:
 *
 *   down                          takes every broker down (connections cut, new ones refused)
 *   up                            lets every broker accept connections again
 *   create <topic> <partitions>   creates a topic
 *
 * Exits when stdin closes, so a test runner that dies takes its broker with it.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#define MAX_LINE 1024

static int broker_count;

/* Replication as a real cluster of this size would have it, so metadata lists followers too. */
static int replication_factor(void) {
        return broker_count < 3 ? broker_count : 3;
}

static int parse_count(const char *text, int max, int *out) {
        char *end;
        long value;
        errno = 0;
        value = strtol(text, &end, 10);
        if (errno || end == text || *end != '\0' || value < 1 || value > max)
                return -1;
        *out = (int)value;
        return 0;
}

static int create_topic(rd_kafka_mock_cluster_t *cluster, const char *name, const char *partitions_text,
                        char *why, size_t why_size) {
        int partitions;
        rd_kafka_resp_err_t err;
        if (!*name) {
                snprintf(why, why_size, "empty topic name");
                return -1;
        }
        if (parse_count(partitions_text, 10000, &partitions)) {
                snprintf(why, why_size, "bad partition count '%s' for topic %s", partitions_text, name);
                return -1;
        }
        err = rd_kafka_mock_topic_create(cluster, name, partitions, replication_factor());
        if (err) {
                snprintf(why, why_size, "cannot create topic %s: %s", name, rd_kafka_err2str(err));
                return -1;
        }
        return 0;
}

/* `<topic>:<partitions>`; the last colon splits, as topic names cannot hold one. */
static int create_topic_spec(rd_kafka_mock_cluster_t *cluster, char *spec, char *why, size_t why_size) {
        char *colon = strrchr(spec, ':');
        if (!colon) {
                snprintf(why, why_size, "topic '%s' is not <topic>:<partitions>", spec);
                return -1;
        }
        *colon = '\0';
        return create_topic(cluster, spec, colon + 1, why, why_size);
}

static char *trim(char *text) {
        char *end;
        while (*text == ' ' || *text == '\t')
                text++;
        end = text + strlen(text);
        while (end > text && (end[-1] == '\n' || end[-1] == '\r' || end[-1] == ' ' || end[-1] == '\t'))
                *--end = '\0';
        return text;
}

static int create_topics_from_file(rd_kafka_mock_cluster_t *cluster, const char *path, char *why,
                                   size_t why_size) {
        char line[MAX_LINE];
        FILE *file = fopen(path, "r");
        if (!file) {
                snprintf(why, why_size, "cannot open topics file %s: %s", path, strerror(errno));
                return -1;
        }
        while (fgets(line, sizeof(line), file)) {
                char *spec = trim(line);
                if (!*spec || *spec == '#')
                        continue;
                if (create_topic_spec(cluster, spec, why, why_size)) {
                        fclose(file);
                        return -1;
                }
        }
        fclose(file);
        return 0;
}

/* Every broker, one by one: broker id -1 ("all") is not honoured by every librdkafka release. */
static int set_all_brokers(rd_kafka_mock_cluster_t *cluster, int up, char *why, size_t why_size) {
        int id;
        for (id = 1; id <= broker_count; id++) {
                rd_kafka_resp_err_t err = up ? rd_kafka_mock_broker_set_up(cluster, id)
                                             : rd_kafka_mock_broker_set_down(cluster, id);
                if (err) {
                        snprintf(why, why_size, "broker %d: %s", id, rd_kafka_err2str(err));
                        return -1;
                }
        }
        return 0;
}

static void answer(int failed, const char *why) {
        if (failed)
                printf("error %s\n", why);
        else
                printf("ok\n");
        fflush(stdout);
}

static void serve_commands(rd_kafka_mock_cluster_t *cluster) {
        char line[MAX_LINE];
        char why[512];
        while (fgets(line, sizeof(line), stdin)) {
                char *command = trim(line);
                char *name, *partitions, *rest;
                why[0] = '\0';
                if (!*command)
                        continue;
                if (!strcmp(command, "down")) {
                        answer(set_all_brokers(cluster, 0, why, sizeof(why)), why);
                } else if (!strcmp(command, "up")) {
                        answer(set_all_brokers(cluster, 1, why, sizeof(why)), why);
                } else if (!strncmp(command, "create ", 7)) {
                        name = strtok(command + 7, " \t");
                        partitions = strtok(NULL, " \t");
                        rest = strtok(NULL, " \t");
                        if (!name || !partitions || rest)
                                answer(1, "usage: create <topic> <partitions>");
                        else
                                answer(create_topic(cluster, name, partitions, why, sizeof(why)), why);
                } else {
                        snprintf(why, sizeof(why), "unknown command '%s' (down, up, create <topic> <partitions>)",
                                 command);
                        answer(1, why);
                }
        }
}

static void usage(const char *program) {
        fprintf(stderr, "usage: %s <broker-count> [<topic>:<partitions> ...] [-f <topics-file>]\n", program);
}

int main(int argc, char **argv) {
        char errstr[512];
        char why[512];
        rd_kafka_conf_t *conf;
        rd_kafka_t *rk;
        rd_kafka_mock_cluster_t *cluster;
        int i;

        if (argc < 2 || parse_count(argv[1], 64, &broker_count)) {
                usage(argv[0]);
                return 2;
        }

        /* The mock cluster hangs off a client handle that is otherwise unused: it connects nowhere. */
        conf = rd_kafka_conf_new();
        if (rd_kafka_conf_set(conf, "log_level", "3", errstr, sizeof(errstr)) != RD_KAFKA_CONF_OK) {
                fprintf(stderr, "mock-broker: %s\n", errstr);
                return 1;
        }
        rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, errstr, sizeof(errstr));
        if (!rk) {
                fprintf(stderr, "mock-broker: cannot create the client handle: %s\n", errstr);
                return 1;
        }
        cluster = rd_kafka_mock_cluster_new(rk, broker_count);
        if (!cluster) {
                fprintf(stderr, "mock-broker: cannot create a mock cluster of %d brokers\n", broker_count);
                rd_kafka_destroy(rk);
                return 1;
        }

        for (i = 2; i < argc; i++) {
                int failed;
                if (!strcmp(argv[i], "-f")) {
                        if (++i >= argc) {
                                usage(argv[0]);
                                return 2;
                        }
                        failed = create_topics_from_file(cluster, argv[i], why, sizeof(why));
                } else {
                        failed = create_topic_spec(cluster, argv[i], why, sizeof(why));
                }
                if (failed) {
                        fprintf(stderr, "mock-broker: %s\n", why);
                        rd_kafka_mock_cluster_destroy(cluster);
                        rd_kafka_destroy(rk);
                        return 2;
                }
        }

        /* The one line a caller waits for; flushed, as stdout is a pipe and fully buffered. */
        printf("%s\n", rd_kafka_mock_cluster_bootstraps(cluster));
        fflush(stdout);

        serve_commands(cluster);

        rd_kafka_mock_cluster_destroy(cluster);
        rd_kafka_destroy(rk);
        return 0;
}
