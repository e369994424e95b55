/** Orders asked for per page: enough to fill a tall list twice, small enough to answer fast. */
export const ordersPageSize = 50;
