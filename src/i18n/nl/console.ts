/** The facilitator console. */
export const consoleUi = {
  title: 'Console',
};
