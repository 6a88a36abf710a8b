/* core-test-util.h: waiting for asynchronous work in tests without a display
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

G_END_DECLS
