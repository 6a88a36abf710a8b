/* diptych-mark-controller.h: marking, selecting, deleting and undoing
 * annotations in both panes of a pair
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation-history.h"
#include "diptych-pair-view.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_MARK_CONTROLLER (diptych_mark_controller_get_type ())

G_DECLARE_FINAL_TYPE (DiptychMarkController, diptych_mark_controller, DIPTYCH, MARK_CONTROLLER, GObject)

DiptychMarkController *diptych_mark_controller_new          (DiptychPairView       *pair_view,
                                                             DiptychAnnotationHistory *history);
DiptychAnnotationHistory *
                       diptych_mark_controller_get_history  (DiptychMarkController *self);
DiptychAnnotation     *diptych_mark_controller_mark         (DiptychMarkController *self,
                                                             DiptychAnnotationKind  kind,
                                                             GError               **error);
gboolean               diptych_mark_controller_delete       (DiptychMarkController *self);
gboolean               diptych_mark_controller_undo         (DiptychMarkController *self);
gboolean               diptych_mark_controller_redo         (DiptychMarkController *self);
gboolean               diptych_mark_controller_can_undo     (DiptychMarkController *self);
gboolean               diptych_mark_controller_can_redo     (DiptychMarkController *self);
void                   diptych_mark_controller_select       (DiptychMarkController *self,
                                                             DiptychSide            side,
                                                             DiptychAnnotation     *annotation);
DiptychAnnotation     *diptych_mark_controller_get_selected (DiptychMarkController *self,
                                                             DiptychSide           *side);
gboolean               diptych_mark_controller_select_next  (DiptychMarkController *self,
                                                             int                    direction);
gboolean               diptych_mark_controller_accept       (DiptychMarkController *self,
                                                             DiptychSide            side,
                                                             DiptychAnnotation     *annotation);
gboolean               diptych_mark_controller_reattach     (DiptychMarkController *self,
                                                             DiptychSide            side,
                                                             DiptychAnnotation     *annotation);
gboolean               diptych_mark_controller_edit         (DiptychMarkController *self,
                                                             DiptychSide            side,
                                                             DiptychAnnotation     *annotation,
                                                             DiptychAnnotation     *edited);

G_END_DECLS
