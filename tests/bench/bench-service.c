/* bench-service.c
 *
 * Copyright 2026 The Strongback developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the background service costs while it waits: started as at login
 * (`strongback --gapplication-service`) with every reminder on, each on a
 * private session bus, with an empty history and with ten years of it
 * (which the next-morning check-in reads). After it has settled, the CPU
 * time it takes over an idle stretch (10 minutes; SB_BENCH_SECONDS to
 * change), and its memory.
 *
 *   bench-service STRONGBACK-BINARY
 */

#define G_LOG_DOMAIN "bench-service"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include "sb-bench-history.h"

#define SETTLE_SECONDS 20

typedef struct
{
  const char *label;
  guint       sessions;
  char       *home;
  GSubprocess *bus;
  GSubprocess *service;
  double      cpu_start;
  double      cpu_end;
} Config;

static void
write_file (const char *path,
            const char *contents)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_mkdir_with_parents (dir, 0700);
  if (!g_file_set_contents (path, contents, -1, NULL))
    g_error ("could not write %s", path);
}


/* User and system CPU seconds of @pid so far, from /proc. */
static double
cpu_seconds (GSubprocess *process)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/stat", g_subprocess_get_identifier (process));
  g_autofree char *stat = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  if (!g_file_get_contents (path, &stat, NULL, NULL))
    g_error ("the service is gone");
  /* the name may hold spaces: count from after it */
  after_name = strrchr (stat, ')') + 2;
  fields = g_strsplit (after_name, " ", -1);
  /* utime and stime are the stat file's 14th and 15th fields */
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) / sysconf (_SC_CLK_TCK);
}

/* @key ("VmRSS", "VmHWM") of the process, in MB. */
static double
memory_mb (GSubprocess *process,
           const char  *key)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/status", g_subprocess_get_identifier (process));
  g_autofree char *status = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &status, NULL, NULL))
    g_error ("the service is gone");
  lines = g_strsplit (status, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_ascii_strtod (lines[i] + strlen (key) + 1, NULL) / 1024.0;

  return 0;
}

static void
start (Config     *config,
       const char *binary)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = NULL;
  g_autofree char *data = g_build_filename (config->home, "data", NULL);
  g_autofree char *settings = g_build_filename (config->home, "config", "glib-2.0", "settings", "keyfile", NULL);
  GDataInputStream *out;

  if (config->sessions > 0)
    sb_bench_write_history (data, config->sessions);
  write_file (settings, "[io/github/strongback/Strongback]\n"
                        "activation-snacks=true\nworkout-reminders=true\nmorning-check=true\n");

  /* a bus of its own: two services of one name cannot share one */
  config->bus = g_subprocess_launcher_spawn (launcher, &error, "dbus-daemon", "--session", "--nofork",
                                             "--print-address=1", NULL);
  if (config->bus == NULL)
    g_error ("%s", error->message);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (config->bus));
  address = g_data_input_stream_read_line (out, NULL, NULL, &error);
  g_object_unref (out);
  if (address == NULL)
    g_error ("the bus gave no address");

  g_subprocess_launcher_set_flags (launcher, G_SUBPROCESS_FLAGS_NONE);
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", address, TRUE);
  g_subprocess_launcher_setenv (launcher, "HOME", config->home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  for (guint i = 0; i < 3; i++)
    {
      const char *dirs[][2] = { { "XDG_CONFIG_HOME", "config" }, { "XDG_STATE_HOME", "state" },
                                { "XDG_CACHE_HOME", "cache" } };
      g_autofree char *dir = g_build_filename (config->home, dirs[i][1], NULL);

      g_subprocess_launcher_setenv (launcher, dirs[i][0], dir, TRUE);
    }
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "GTK_A11Y", "none", TRUE);
  config->service = g_subprocess_launcher_spawn (launcher, &error, binary, "--gapplication-service", NULL);
  if (config->service == NULL)
    g_error ("%s", error->message);
}

static void
stop (Config *config)
{
  const char *argv[] = { "rm", "-rf", config->home, NULL };

  g_subprocess_send_signal (config->service, SIGTERM);
  g_subprocess_wait (config->service, NULL, NULL);
  g_subprocess_send_signal (config->bus, SIGTERM);
  g_subprocess_wait (config->bus, NULL, NULL);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  Config configs[] = {
    { "every reminder on, empty history", 0 },
    { "every reminder on, 3,650 sessions", 3650 },
  };
  const char *seconds_text = g_getenv ("SB_BENCH_SECONDS");
  guint seconds = seconds_text ? (guint) g_ascii_strtoull (seconds_text, NULL, 10) : 600;

  if (argc != 2)
    {
      g_printerr ("usage: %s STRONGBACK-BINARY\n", argv[0]);
      return 2;
    }

  for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
    {
      configs[c].home = g_dir_make_tmp ("strongback-service-XXXXXX", NULL);
      start (&configs[c], argv[1]);
    }

  /* started, registered, History read */
  g_usleep (SETTLE_SECONDS * G_USEC_PER_SEC);
  for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
    configs[c].cpu_start = cpu_seconds (configs[c].service);
  g_usleep ((gulong) seconds * G_USEC_PER_SEC);

  g_print ("%-36s %16s %13s %10s %10s\n", "", "CPU to settle", "CPU idle", "RSS", "peak RSS");
  for (guint c = 0; c < G_N_ELEMENTS (configs); c++)
    {
      configs[c].cpu_end = cpu_seconds (configs[c].service);
      g_print ("%-36s %14.2f s %9.3f s %7.1f MB %7.1f MB\n", configs[c].label, configs[c].cpu_start,
               configs[c].cpu_end - configs[c].cpu_start, memory_mb (configs[c].service, "VmRSS"),
               memory_mb (configs[c].service, "VmHWM"));
      stop (&configs[c]);
    }
  g_print ("idle for %u s, after %u s to settle\n", seconds, SETTLE_SECONDS);

  return 0;
}
