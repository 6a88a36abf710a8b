/* diptych-parallel.c: a few parts of one job run at once, one per
 * processor
 *
 * The jobs are short, a few milliseconds on a long article: too short for
 * the scheduler, which queues a new thread on its parent's processor and
 * moves it to an idle one only some milliseconds later, when the parent
 * has finished the whole job alone. So each extra part's thread is started
 * on another processor than the caller's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#ifdef __linux__
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#endif

#define G_LOG_DOMAIN "diptych-parallel"

#include "config.h"

#include "diptych-parallel.h"

/* More threads than this gain nothing on an article. */
#define MAX_PARTS 8

typedef struct
{
  DiptychPartFunc func;
  gpointer        user_data;
  guint           part;
} Part;

static gpointer
run_part (gpointer data)
{
  Part *part = data;

  part->func (part->part, part->user_data);
  return NULL;
}

/**
 * diptych_parallel_get_n_processors:
 *
 * Returns: how many processors this process may run on, at most the
 *   number of parts diptych_parallel_run() runs at once
 */
guint
diptych_parallel_get_n_processors (void)
{
  /* Read once: CLAMP() names its argument three times, and each reading
   * opens a file in /sys.
   */
  guint n = g_get_num_processors ();

  return CLAMP (n, 1, MAX_PARTS);
}

#ifdef __linux__
typedef struct
{
  pthread_t thread;
  gboolean  started;
} Thread;

/* Starts @part away from the caller's processor where the affinity mask
 * leaves another, else wherever the scheduler puts it.
 */
static void
thread_start (Thread *thread,
              Part   *part)
{
  pthread_attr_t attr;
  cpu_set_t cpus;
  int here = sched_getcpu ();

  pthread_attr_init (&attr);
  if (here >= 0 && sched_getaffinity (0, sizeof cpus, &cpus) == 0 && CPU_COUNT (&cpus) > 1)
    {
      CPU_CLR (here, &cpus);
      pthread_attr_setaffinity_np (&attr, sizeof cpus, &cpus);
    }
  thread->started = pthread_create (&thread->thread, &attr, run_part, part) == 0;
  pthread_attr_destroy (&attr);
}

static gboolean
thread_join (Thread *thread)
{
  return thread->started && pthread_join (thread->thread, NULL) == 0;
}
#else
typedef struct
{
  GThread *thread;
} Thread;

static void
thread_start (Thread *thread,
              Part   *part)
{
  thread->thread = g_thread_try_new ("diptych-part", run_part, part, NULL);
}

static gboolean
thread_join (Thread *thread)
{
  if (thread->thread == NULL)
    return FALSE;
  g_thread_join (thread->thread);
  return TRUE;
}
#endif

/**
 * diptych_parallel_run:
 * @n_parts: at most diptych_parallel_get_n_processors()
 * @func: called once with each part from 0 to @n_parts - 1, on as many
 *   threads at once; part 0 on the calling thread
 * @user_data: for @func
 *
 * Returns when every part has run. A part whose thread could not be
 * started runs on the calling thread after part 0.
 */
void
diptych_parallel_run (guint           n_parts,
                      DiptychPartFunc func,
                      gpointer        user_data)
{
  Part parts[MAX_PARTS];
  Thread threads[MAX_PARTS] = { 0 };

  g_return_if_fail (n_parts >= 1 && n_parts <= MAX_PARTS);
  g_return_if_fail (func != NULL);

  for (guint p = 0; p < n_parts; p++)
    parts[p] = (Part) { func, user_data, p };
  for (guint p = 1; p < n_parts; p++)
    thread_start (&threads[p], &parts[p]);
  func (0, user_data);
  for (guint p = 1; p < n_parts; p++)
    if (!thread_join (&threads[p]))
      func (p, user_data);
}
