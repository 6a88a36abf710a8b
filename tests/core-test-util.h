/* core-test-util.h: waiting for asynchronous work, and shared checks, in
 * tests without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Iterates the main context until @done holds, for at most a minute. */
#define WAIT_UNTIL(done) \
  G_STMT_START { \
    gint64 deadline_ = g_get_monotonic_time () + 60 * G_USEC_PER_SEC; \
    while (!(done)) \
      { \
        g_assert_cmpint (g_get_monotonic_time (), <, deadline_); \
        g_main_context_iteration (NULL, FALSE); \
      } \
  } G_STMT_END

/* Drops the last reference to @object and waits until it is finalized: a
 * worker thread's task may hold it a moment after its callback ran.
 */
#define RELEASE_AND_WAIT(object) \
  G_STMT_START { \
    gpointer weak_ = (object); \
    g_object_add_weak_pointer (G_OBJECT (weak_), &weak_); \
    g_object_unref (weak_); \
    WAIT_UNTIL (weak_ == NULL); \
  } G_STMT_END

void core_test_assert_valid_sidecar (const char *path);

G_END_DECLS
